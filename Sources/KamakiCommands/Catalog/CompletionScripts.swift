import ArgumentParser
import Foundation

/// The shell completion scripts kamaki prints (`--generate-completion-script`) and ships in
/// `completions/`: ArgumentParser's, with its candidate handling replaced so that what
/// `kamaki ---completion` prints (ids from a cloud's replies) is data, never code.
///
/// ArgumentParser's bash script hands candidates to `compgen -W`, which expands `$(…)` and
/// backquotes in them: a cloud that returned the id `$(touch /tmp/x)` would run it on the
/// user's Tab. Here bash reads candidates line by line and matches them as plain text; bash,
/// zsh and fish all drop every candidate outside kamaki's id syntax (``ResourceID``: letters,
/// digits, `.`, `_`, `-`, starting with a letter or digit). kamaki itself offers only such ids
/// (``IDCache``); the scripts check again, so neither end alone decides.
public enum CompletionScripts {
    /// The script for `shell`.
    public static func script(for shell: CompletionShell) -> String {
        harden(Kamaki.completionScript(for: shell), for: shell)
    }

    /// The hardened script, when `message` is a script ArgumentParser printed for
    /// `--generate-completion-script`; nil for any other message.
    static func hardened(printed message: String) -> String? {
        let shell: CompletionShell? =
            if message.hasPrefix("#!/bin/bash") {
                .bash
            } else if message.hasPrefix("#compdef") {
                .zsh
            } else if message.hasPrefix("function __kamaki_") {
                .fish
            } else {
                nil
            }
        guard let shell, trimmed(message) == trimmed(Kamaki.completionScript(for: shell)) else { return nil }
        return script(for: shell)
    }

    /// The pattern every offered candidate matches (bash `=~` and fish `string match -r` syntax).
    static let candidatePattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$"

    static func harden(_ script: String, for shell: CompletionShell) -> String {
        switch shell {
        case .bash: script.replacingOccurrences(of: bashOriginal, with: bashHardened)
        case .zsh: script.replacingOccurrences(of: zshOriginal, with: zshHardened)
        case .fish: script.replacingOccurrences(of: fishOriginal, with: fishHardened)
        default: script
        }
    }

    static func trimmed(_ text: String) -> Substring {
        text[..<(text.lastIndex { !$0.isNewline }.map { text.index(after: $0) } ?? text.startIndex)]
    }

    // MARK: - bash

    static let bashOriginal = """
        __kamaki_add_completions() {
            local completion
            while IFS='' read -r completion; do
                COMPREPLY+=("${completion}")
            done < <(IFS=$'\\n' compgen "${@}" -- "${cur}")
        }
        """

    static let bashHardened = """
        # Candidates are data: a word list (-W, one candidate per line) is never expanded (compgen -W
        # would run $(...) in it); each line in kamaki's id syntax that starts with the word being
        # completed is offered as it is.
        __kamaki_add_completions() {
            if [[ "${1}" = -W ]]; then
                local -r pattern='\(candidatePattern)'
                local candidate
                while IFS='' read -r candidate; do
                    if [[ "${candidate}" =~ ${pattern} && "${candidate}" == "${cur}"* ]]; then
                        COMPREPLY+=("${candidate}")
                    fi
                done <<<"${2}"
                return 0
            fi
            local completion
            while IFS='' read -r completion; do
                COMPREPLY+=("${completion}")
            done < <(IFS=$'\\n' compgen "${@}" -- "${cur}")
        }
        """

    // MARK: - zsh

    static let zshOriginal = """
            if [[ "${#completions[@]}" -gt 1 ]]; then
                __kamaki_complete "${completions[@]:0:-1}"
            fi
        """

    static let zshHardened = """
            if [[ "${#completions[@]}" -gt 1 ]]; then
                # Candidates are data: only lines in kamaki's id syntax are offered (no option-like,
                # empty or `:` words, no shell syntax, no control characters).
                local -a candidates=("${(@)completions[1,-2]}")
                candidates=("${(@)candidates:#*[^A-Za-z0-9._-]*}")
                candidates=("${(@)candidates:#[^A-Za-z0-9]*}")
                candidates=("${(@)candidates:#}")
                __kamaki_complete "${candidates[@]}"
            fi
        """

    // MARK: - fish

    static let fishOriginal = """
            command $tokens[1] $argv $tokens
        end
        """

    static let fishHardened = """
            # Candidates are data: only lines in kamaki's id syntax are offered.
            command $tokens[1] $argv $tokens | string match -r -- '\(candidatePattern)'
        end
        """
}
