// Builds the shared precompiled header (see testpch.h); compiles to nothing.
