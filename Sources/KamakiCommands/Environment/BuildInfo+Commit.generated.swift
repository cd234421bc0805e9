// Written by make (build-info); not committed.
#if KAMAKI_BUILD_INFO
let builtFromCommit: String? = "f61ecfb04ee1"
#endif
