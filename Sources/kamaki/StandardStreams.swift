import Foundation
import KamakiCommands

/// The process's stdout and stderr as an output sink, for one-shot commands.
struct StandardStreams: OutputSink {
    let errorIsTerminal = isatty(2) == 1
    let columns: Int? = getenv("COLUMNS").flatMap { Int(String(cString: $0)) }

    func write(_ text: String, to stream: KamakiCommands.OutputStream) {
        let fd: Int32 = stream == .standard ? 1 : 2
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(fd, base + offset, buffer.count - offset)
            }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}

/// Runs async work from synchronous top-level code and waits for it.
func runBlocking(_ work: @escaping @Sendable () async -> Int32) -> Int32 {
    let result = ResultBox()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        result.value = await work()
        done.signal()
    }
    done.wait()
    return result.value
}

/// The result of `runBlocking`'s task; written once before the semaphore is signalled.
private final class ResultBox: @unchecked Sendable {
    var value: Int32 = 0
}
