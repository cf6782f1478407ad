# Tests of the Gantt chart component.
