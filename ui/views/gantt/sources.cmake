# Sources of the Gantt chart component, part of csm_ui.
