// Components every MDX article may use without importing them.
import Cite from './Cite.astro';
import Helpline from './Helpline.astro';
import Term from './Term.astro';
import SafetySteps from './SafetySteps.astro';
import OverdoseSteps from './OverdoseSteps.astro';
import ForClinicians from './ForClinicians.astro';
import AsOf from './AsOf.astro';
import SectionHeading from './SectionHeading.astro';
import ToleranceExplainer from '../islands/ToleranceExplainer.astro';

// h2: every section heading, which also places a long guide's contents list (SectionHeading).
export const mdxComponents = { Cite, Helpline, Term, SafetySteps, OverdoseSteps, ForClinicians, ToleranceExplainer, AsOf, h2: SectionHeading };
