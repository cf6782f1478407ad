# Tests of the Timeline page.
