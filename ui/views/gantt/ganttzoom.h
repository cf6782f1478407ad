// How much time the Gantt chart shows per pixel: a day, a week, a month or a quarter per
// header cell.
#pragma once

namespace Csm {

enum class GanttZoom { Day, Week, Month, Quarter };

} // namespace Csm
