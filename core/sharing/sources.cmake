# Sources of sharing a customer's onboarding file and merging it back, part of csm_core.
target_sources(csm_core PRIVATE
    sharing/merge.cpp
    sharing/sharecrypto.cpp
    sharing/sharefile.cpp
)
# libsodium: authenticated encryption and a memory-hard key derivation (Argon2id) for
# passphrase-protected files; well kept, audited, and in Debian.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
target_link_libraries(csm_core PRIVATE PkgConfig::SODIUM)
