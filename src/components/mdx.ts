// Components every MDX article may use without importing them.
import Cite from './Cite.astro';
import Helpline from './Helpline.astro';
import Term from './Term.astro';
import SafetySteps from './SafetySteps.astro';
import OverdoseSteps from './OverdoseSteps.astro';
import ForClinicians from './ForClinicians.astro';
import AsOf from './AsOf.astro';
import ToleranceExplainer from '../islands/ToleranceExplainer.astro';

export const mdxComponents = { Cite, Helpline, Term, SafetySteps, OverdoseSteps, ForClinicians, ToleranceExplainer, AsOf };
