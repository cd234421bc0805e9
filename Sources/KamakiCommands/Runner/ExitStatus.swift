/// The exit codes of `kamaki`, for one-shot commands and script lines alike.
public enum ExitStatus {
    /// Success.
    public static let success: Int32 = 0
    /// An API or runtime error.
    public static let failure: Int32 = 1
    /// A usage error: unknown command or flag, bad or missing value.
    public static let usage: Int32 = 2
    /// A `--wait` that ran out of time.
    public static let waitTimeout: Int32 = 3
    /// Interrupted by Ctrl-C.
    public static let interrupted: Int32 = 130
    /// Standard output's reader went away (`kamaki server list | head -1`): the command ends
    /// quietly with the status a shell shows for a process killed by SIGPIPE.
    public static let brokenPipe: Int32 = 141

    /// The text `kamaki --help` and the README show.
    public static let documentation = """
        Exit status: 0 success, 1 API or runtime error, 2 usage error, 3 wait timeout, 130 interrupted, 141 output pipe closed.
        """
}
