/// One poll of a wait, handed to the progress callback.
public struct WaitProgress: Sendable, Hashable {
    /// The status just read.
    public var status: String
    /// Time since the wait started.
    public var elapsed: Duration
    /// The wait's timeout.
    public var timeout: Duration

    public init(status: String, elapsed: Duration, timeout: Duration) {
        self.status = status
        self.elapsed = elapsed
        self.timeout = timeout
    }
}
