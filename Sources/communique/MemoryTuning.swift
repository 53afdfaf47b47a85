#if os(Linux)
import CMalloc
#endif

/// How the allocator is asked to behave, set once before a statement is read.
///
/// A long statement's largest arrays (quotes, calls, sentences, line records) grow by doubling,
/// and each doubling frees the buffer before it. glibc serves large blocks with `mmap` and
/// gives them back when freed, but after the first such free it raises its threshold to that
/// block's size, so that later buffers up to it come from the heap and stay resident once
/// freed. Fixing the threshold keeps every large buffer returnable (`communique-bench
/// reader-memory` prints the peak).
enum MemoryTuning {
    static func apply() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 128 << 10)
        #endif
    }
}
