// Written by make (build-info); not committed.
#if KAMAKI_BUILD_INFO
let builtFromCommit: String? = "8e8c2f8269e6"
#endif
