# Tests of the value review and EBR report.
