# Sources of the Timeline page, part of csm_ui.
