import Foundation

/// Process-wide memory settings the server wants, applied once at start-up.
enum MallocTuning {
    /// Keeps glibc from moving its mmap threshold up after large buffers are freed, so multi-megabyte
    /// response buffers are always mapped and unmapped rather than parked in per-thread arenas.
    static func apply() { fixMmapThreshold }

    private static let fixMmapThreshold: Void = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 256 << 10)
        #endif
    }()
}
