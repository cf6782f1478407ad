#pragma once

// Runs the Catch2 session: the test mains call this after creating their Qt application.
int runCatchSession(int argc, char *argv[]);
