// Usage data for the sample portfolio, so the Adoption page has a story to tell at once: a
// ramp-up after go-live, a stalled customer, a graduated one with healthy adoption.
#pragma once

namespace Csm {

class Workspace;

// Imports a generated roster, training record and product-usage export for each sample
// customer in the workspace that is live and has no usage data yet. Dates are relative to the
// workspace's today; the data is the same for the same day. Returns how many customers got
// data.
int addSampleUsage(Workspace *workspace);

} // namespace Csm
