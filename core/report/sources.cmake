# Sources of the value review and EBR report (content and PDF), part of csm_core.
