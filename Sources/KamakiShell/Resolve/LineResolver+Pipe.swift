extension LineResolver {
    /// A line with a pipe or redirection (``ShellPipe``): its command resolved as a line of its
    /// own (so a bare verb in a group works: `detach 9 | cat`), or why it cannot run; nil when
    /// the line has neither.
    func pipe(_ line: String, group: String?) -> ShellAction? {
        let pipe: ShellPipe
        do {
            guard let parsed = try ShellPipe.parse(line) else { return nil }
            pipe = parsed
        } catch {
            return .error("\(error)")
        }
        let action = resolve(line: pipe.command, group: group)
        switch action {
        case .run, .help, .showContext: return .pipe(action, pipe)
        case .error: return action
        default:
            let first = (try? ShellWords.split(pipe.command))?.first ?? pipe.command
            return .error("\(first): only a command's output can go to | or >")
        }
    }
}
