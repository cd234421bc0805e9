#!/bin/bash

__kamaki_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__kamaki_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

# Candidates are data: a word list (-W, one candidate per line) is never expanded (compgen -W
# would run $(...) in it); each line in kamaki's id syntax that starts with the word being
# completed is offered as it is.
__kamaki_add_completions() {
    if [[ "${1}" = -W ]]; then
        local -r pattern='^[A-Za-z0-9][A-Za-z0-9._-]*$'
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
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__kamaki_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_kamaki() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=(-v --verbose)
    local -a non_repeating_flags=(-V --version -d --debug --verbose-with-data -k --ignore-ssl --insecure -h --help)
    local -a repeating_options=(-o --options)
    local -a non_repeating_options=(-c --config --cloud --os-cloud --ca-certs)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-c'|'--config')
        __kamaki_add_completions -f
        return
        ;;
    '-o'|'--options')
        return
        ;;
    '--cloud')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion -- --cloud "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--os-cloud')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion -- --os-cloud "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--ca-certs')
        __kamaki_add_completions -f
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    network|subnet|port|ip|server|quota|flavor|image|imagecompute|keypair|user|config|history|local|help)
        # Offer subcommand argument completions
        "_kamaki_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'network subnet port ip server quota flavor image imagecompute keypair user config history local help' -- "${cur}"))
        ;;
    esac
}

_kamaki_network() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|info|create|modify|delete|connect|disconnect|reassign)
        # Offer subcommand argument completions
        "_kamaki_network_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list info create modify delete connect disconnect reassign' -- "${cur}"))
        ;;
    esac
}

_kamaki_network_list() {
    repeating_flags=()
    non_repeating_flags=(--more -l --details -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --name --name-prefix --name-suffix --name-like --id --id-prefix --id-suffix --id-like --user-id)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    '--name-prefix')
        return
        ;;
    '--name-suffix')
        return
        ;;
    '--name-like')
        return
        ;;
    '--id')
        return
        ;;
    '--id-prefix')
        return
        ;;
    '--id-suffix')
        return
        ;;
    '--id-like')
        return
        ;;
    '--user-id')
        return
        ;;
    esac
}

_kamaki_network_info() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion network info -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_network_create() {
    repeating_flags=()
    non_repeating_flags=(--shared -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --name --project-id --type)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    '--project-id')
        return
        ;;
    '--type')
        return
        ;;
    esac
}

_kamaki_network_modify() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --name)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion network modify -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_network_delete() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion network delete -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_network_connect() {
    repeating_flags=()
    non_repeating_flags=(-w --wait -N --no-progress-bar -h --help)
    repeating_options=(--column --device-id -g --security-group)
    non_repeating_options=(--output-format --name --subnet-id --ip-address)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--device-id')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion network connect -- --device-id "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--name')
        return
        ;;
    '-g'|'--security-group')
        return
        ;;
    '--subnet-id')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion network connect -- --subnet-id "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--ip-address')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion network connect -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_network_disconnect() {
    repeating_flags=()
    non_repeating_flags=(-w --wait -N --no-progress-bar -h --help)
    repeating_options=(--device-id)
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--device-id')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion network disconnect -- --device-id "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion network disconnect -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_network_reassign() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=(--project-id)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--project-id')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion network reassign -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_subnet() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|info|create|modify)
        # Offer subcommand argument completions
        "_kamaki_subnet_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list info create modify' -- "${cur}"))
        ;;
    esac
}

_kamaki_subnet_list() {
    repeating_flags=()
    non_repeating_flags=(--more -l --details -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --name --name-prefix --name-suffix --name-like --id --id-prefix --id-suffix --id-like)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    '--name-prefix')
        return
        ;;
    '--name-suffix')
        return
        ;;
    '--name-like')
        return
        ;;
    '--id')
        return
        ;;
    '--id-prefix')
        return
        ;;
    '--id-suffix')
        return
        ;;
    '--id-like')
        return
        ;;
    esac
}

_kamaki_subnet_info() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion subnet info -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_subnet_create() {
    repeating_flags=()
    non_repeating_flags=(--no-gateway --ipv6 --with-dhcp -h --help)
    repeating_options=(--column --alloc-pool)
    non_repeating_options=(--output-format --network-id --cidr --name --gateway --id)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--network-id')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion subnet create -- --network-id "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--cidr')
        return
        ;;
    '--name')
        return
        ;;
    '--alloc-pool')
        return
        ;;
    '--gateway')
        return
        ;;
    '--id')
        return
        ;;
    esac
}

_kamaki_subnet_modify() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --name)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion subnet modify -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_port() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|info|create|modify|delete|wait)
        # Offer subcommand argument completions
        "_kamaki_port_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list info create modify delete wait' -- "${cur}"))
        ;;
    esac
}

_kamaki_port_list() {
    repeating_flags=()
    non_repeating_flags=(--more -l --details -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --name --name-prefix --name-suffix --name-like --id --id-prefix --id-suffix --id-like --user-id)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    '--name-prefix')
        return
        ;;
    '--name-suffix')
        return
        ;;
    '--name-like')
        return
        ;;
    '--id')
        return
        ;;
    '--id-prefix')
        return
        ;;
    '--id-suffix')
        return
        ;;
    '--id-like')
        return
        ;;
    '--user-id')
        return
        ;;
    esac
}

_kamaki_port_info() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion port info -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_port_create() {
    repeating_flags=()
    non_repeating_flags=(-w --wait -N --no-progress-bar -h --help)
    repeating_options=(--column -g --security-group)
    non_repeating_options=(--output-format --network-id --device-id --name --subnet-id --ip-address)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--network-id')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion port create -- --network-id "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--device-id')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion port create -- --device-id "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--name')
        return
        ;;
    '-g'|'--security-group')
        return
        ;;
    '--subnet-id')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion port create -- --subnet-id "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--ip-address')
        return
        ;;
    esac
}

_kamaki_port_modify() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --name)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion port modify -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_port_delete() {
    repeating_flags=()
    non_repeating_flags=(-w --wait -N --no-progress-bar -h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion port delete -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_port_wait() {
    repeating_flags=()
    non_repeating_flags=(-N --no-progress-bar -h --help)
    repeating_options=()
    non_repeating_options=(--while --until --status --timeout)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--while')
        return
        ;;
    '--until')
        return
        ;;
    '--status')
        return
        ;;
    '--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion port wait -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_ip() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|info|create|delete|attach|detach|reassign)
        # Offer subcommand argument completions
        "_kamaki_ip_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list info create delete attach detach reassign' -- "${cur}"))
        ;;
    esac
}

_kamaki_ip_list() {
    repeating_flags=()
    non_repeating_flags=(-l --details -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac
}

_kamaki_ip_info() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion ip info -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_ip_create() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --network-id --address --project-id)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--network-id')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion ip create -- --network-id "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--address')
        return
        ;;
    '--project-id')
        return
        ;;
    esac
}

_kamaki_ip_delete() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion ip delete -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_ip_attach() {
    repeating_flags=()
    non_repeating_flags=(-w --wait -N --no-progress-bar -h --help)
    repeating_options=(--column -g --security-group)
    non_repeating_options=(--output-format --server-id --name --subnet-id)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--server-id')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion ip attach -- --server-id "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--name')
        return
        ;;
    '-g'|'--security-group')
        return
        ;;
    '--subnet-id')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion ip attach -- --subnet-id "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion ip attach -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_ip_detach() {
    repeating_flags=()
    non_repeating_flags=(-w --wait -N --no-progress-bar -h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion ip detach -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_ip_reassign() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=(--project-id)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--project-id')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion ip reassign -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_server() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|info|create|delete|start|shutdown|reboot|modify|console|wait)
        # Offer subcommand argument completions
        "_kamaki_server_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list info create delete start shutdown reboot modify console wait' -- "${cur}"))
        ;;
    esac
}

_kamaki_server_list() {
    repeating_flags=()
    non_repeating_flags=(--more -l --details --enumerate -h --help)
    repeating_options=(--column --metadata --metadata-like)
    non_repeating_options=(--output-format --name --name-prefix --name-suffix --name-like --id --id-prefix --id-suffix --id-like --status --user-id --user-name --image-id --flavor-id --since -n --number)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    '--name-prefix')
        return
        ;;
    '--name-suffix')
        return
        ;;
    '--name-like')
        return
        ;;
    '--id')
        return
        ;;
    '--id-prefix')
        return
        ;;
    '--id-suffix')
        return
        ;;
    '--id-like')
        return
        ;;
    '--status')
        return
        ;;
    '--user-id')
        return
        ;;
    '--user-name')
        return
        ;;
    '--image-id')
        return
        ;;
    '--flavor-id')
        return
        ;;
    '--metadata')
        return
        ;;
    '--metadata-like')
        return
        ;;
    '--since')
        return
        ;;
    '-n'|'--number')
        return
        ;;
    esac
}

_kamaki_server_info() {
    repeating_flags=()
    non_repeating_flags=(--nics --stats --diagnostics -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion server info -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_server_create() {
    repeating_flags=()
    non_repeating_flags=(--no-network -w --wait -N --no-progress-bar -h --help)
    repeating_options=(--column -p --personality -m --metadata --network)
    non_repeating_options=(--output-format --name --flavor-id --image-id --image --key-name --project-id --cluster-size --threads)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    '--flavor-id')
        return
        ;;
    '--image-id'|'--image')
        return
        ;;
    '--key-name')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion server create -- --key-name "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '-p'|'--personality')
        __kamaki_add_completions -f
        return
        ;;
    '-m'|'--metadata')
        return
        ;;
    '--network')
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion server create -- --network "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    '--project-id')
        return
        ;;
    '--cluster-size')
        return
        ;;
    '--threads')
        return
        ;;
    esac
}

_kamaki_server_delete() {
    repeating_flags=()
    non_repeating_flags=(-w --wait -N --no-progress-bar --cluster -h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion server delete -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_server_start() {
    repeating_flags=()
    non_repeating_flags=(-w --wait -N --no-progress-bar -h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion server start -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_server_shutdown() {
    repeating_flags=()
    non_repeating_flags=(-w --wait -N --no-progress-bar -h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion server shutdown -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_server_reboot() {
    repeating_flags=()
    non_repeating_flags=(-w --wait -N --no-progress-bar --hard -h --help)
    repeating_options=()
    non_repeating_options=(--type)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--type')
        __kamaki_add_completions -W 'SOFT'$'\n''HARD'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion server reboot -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_server_modify() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--metadata-set --metadata-del)
    non_repeating_options=(--name)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--name')
        return
        ;;
    '--metadata-set')
        return
        ;;
    '--metadata-del')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion server modify -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_server_console() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --type)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--type')
        __kamaki_add_completions -W 'vnc'$'\n''vnc-ws'$'\n''vnc-wss'$'\n''no-vnc'$'\n''no-vnc-encrypted'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion server console -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_server_wait() {
    repeating_flags=()
    non_repeating_flags=(-N --no-progress-bar -h --help)
    repeating_options=()
    non_repeating_options=(--while --until --status --timeout)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--while')
        return
        ;;
    '--until')
        return
        ;;
    '--status')
        return
        ;;
    '--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion server wait -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_quota() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list)
        # Offer subcommand argument completions
        "_kamaki_quota_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list' -- "${cur}"))
        ;;
    esac
}

_kamaki_quota_list() {
    repeating_flags=()
    non_repeating_flags=(--bytes -l --details -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --resource --project-id)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--resource')
        return
        ;;
    '--project-id')
        return
        ;;
    esac
}

_kamaki_flavor() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|info)
        # Offer subcommand argument completions
        "_kamaki_flavor_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list info' -- "${cur}"))
        ;;
    esac
}

_kamaki_flavor_list() {
    repeating_flags=()
    non_repeating_flags=(--more --enumerate -l --details --public -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --name --name-prefix --name-suffix --name-like --id --id-prefix --id-suffix --id-like -n --number --ram --vcpus --disk --disk-template --project)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    '--name-prefix')
        return
        ;;
    '--name-suffix')
        return
        ;;
    '--name-like')
        return
        ;;
    '--id')
        return
        ;;
    '--id-prefix')
        return
        ;;
    '--id-suffix')
        return
        ;;
    '--id-like')
        return
        ;;
    '-n'|'--number')
        return
        ;;
    '--ram')
        return
        ;;
    '--vcpus')
        return
        ;;
    '--disk')
        return
        ;;
    '--disk-template')
        return
        ;;
    '--project')
        return
        ;;
    esac
}

_kamaki_flavor_info() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion flavor info -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_image() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|info)
        # Offer subcommand argument completions
        "_kamaki_image_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list info' -- "${cur}"))
        ;;
    esac
}

_kamaki_image_list() {
    repeating_flags=()
    non_repeating_flags=(--more --enumerate -l --details -h --help)
    repeating_options=(--column --property --property-like)
    non_repeating_options=(--output-format --name --name-prefix --name-suffix --name-like --id --id-prefix --id-suffix --id-like -n --number --container-format --disk-format --size-min --size-max --status --owner --owner-name --order)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    '--name-prefix')
        return
        ;;
    '--name-suffix')
        return
        ;;
    '--name-like')
        return
        ;;
    '--id')
        return
        ;;
    '--id-prefix')
        return
        ;;
    '--id-suffix')
        return
        ;;
    '--id-like')
        return
        ;;
    '-n'|'--number')
        return
        ;;
    '--container-format')
        return
        ;;
    '--disk-format')
        return
        ;;
    '--size-min')
        return
        ;;
    '--size-max')
        return
        ;;
    '--status')
        return
        ;;
    '--owner')
        return
        ;;
    '--owner-name')
        return
        ;;
    '--order')
        return
        ;;
    '--property')
        return
        ;;
    '--property-like')
        return
        ;;
    esac
}

_kamaki_image_info() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion image info -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_imagecompute() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|info)
        # Offer subcommand argument completions
        "_kamaki_imagecompute_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list info' -- "${cur}"))
        ;;
    esac
}

_kamaki_imagecompute_list() {
    repeating_flags=()
    non_repeating_flags=(--more --enumerate -l --details -h --help)
    repeating_options=(--column --metadata --metadata-like)
    non_repeating_options=(--output-format --name --name-prefix --name-suffix --name-like --id --id-prefix --id-suffix --id-like -n --number --user-id --user-name)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    '--name-prefix')
        return
        ;;
    '--name-suffix')
        return
        ;;
    '--name-like')
        return
        ;;
    '--id')
        return
        ;;
    '--id-prefix')
        return
        ;;
    '--id-suffix')
        return
        ;;
    '--id-like')
        return
        ;;
    '-n'|'--number')
        return
        ;;
    '--user-id')
        return
        ;;
    '--user-name')
        return
        ;;
    '--metadata')
        return
        ;;
    '--metadata-like')
        return
        ;;
    esac
}

_kamaki_imagecompute_info() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion imagecompute info -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_keypair() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|info|upload|generate|delete)
        # Offer subcommand argument completions
        "_kamaki_keypair_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list info upload generate delete' -- "${cur}"))
        ;;
    esac
}

_kamaki_keypair_list() {
    repeating_flags=()
    non_repeating_flags=(--more -l --detail -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --name --name-prefix --name-suffix --name-like --id --id-prefix --id-suffix --id-like)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--name')
        return
        ;;
    '--name-prefix')
        return
        ;;
    '--name-suffix')
        return
        ;;
    '--name-like')
        return
        ;;
    '--id')
        return
        ;;
    '--id-prefix')
        return
        ;;
    '--id-suffix')
        return
        ;;
    '--id-like')
        return
        ;;
    esac
}

_kamaki_keypair_info() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion keypair info -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_keypair_upload() {
    repeating_flags=()
    non_repeating_flags=(-f --force -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --key-name --public-key)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--key-name')
        return
        ;;
    '--public-key')
        return
        ;;
    esac
}

_kamaki_keypair_generate() {
    repeating_flags=()
    non_repeating_flags=(-f --force -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --key-name)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--key-name')
        return
        ;;
    esac
}

_kamaki_keypair_delete() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion keypair delete -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_user() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    info|authenticate|uuid2name|name2uuid|list|add|select|delete)
        # Offer subcommand argument completions
        "_kamaki_user_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'info authenticate uuid2name name2uuid list add select delete' -- "${cur}"))
        ;;
    esac
}

_kamaki_user_info() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --uuid --username)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--uuid')
        return
        ;;
    '--username')
        return
        ;;
    esac
}

_kamaki_user_authenticate() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac
}

_kamaki_user_uuid2name() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac
}

_kamaki_user_name2uuid() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac
}

_kamaki_user_list() {
    repeating_flags=()
    non_repeating_flags=(-l --detail -h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    esac
}

_kamaki_user_add() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=(--column)
    non_repeating_options=(--output-format --token)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output-format')
        __kamaki_add_completions -W 'json'$'\n''pretty_print'$'\n''yaml'$'\n''table'
        return
        ;;
    '--column')
        return
        ;;
    '--token')
        return
        ;;
    esac
}

_kamaki_user_select() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=(--user)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--user')
        return
        ;;
    esac
}

_kamaki_user_delete() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=(--user)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--user')
        return
        ;;
    esac
}

_kamaki_config() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|get|set|delete)
        # Offer subcommand argument completions
        "_kamaki_config_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list get set delete' -- "${cur}"))
        ;;
    esac
}

_kamaki_config_list() {
    repeating_flags=()
    non_repeating_flags=(--describe-option-keys --with-description -h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0
}

_kamaki_config_get() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion config get -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_config_set() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 2

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion config set -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_config_delete() {
    repeating_flags=()
    non_repeating_flags=(--default -h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __kamaki_add_completions -W "$(__kamaki_custom_complete ---completion config delete -- positional@0 "${COMP_CWORD}" "$(__kamaki_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_kamaki_history() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    show|clean)
        # Offer subcommand argument completions
        "_kamaki_history_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'show clean' -- "${cur}"))
        ;;
    esac
}

_kamaki_history_show() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=(--match)
    __kamaki_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--match')
        return
        ;;
    esac
}

_kamaki_history_clean() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0
}

_kamaki_local() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    reset|serve)
        # Offer subcommand argument completions
        "_kamaki_local_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'reset serve' -- "${cur}"))
        ;;
    esac
}

_kamaki_local_reset() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=()
    __kamaki_offer_flags_options 0
}

_kamaki_local_serve() {
    repeating_flags=()
    non_repeating_flags=(-h --help)
    repeating_options=()
    non_repeating_options=(--host --port --settle)
    __kamaki_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--host')
        return
        ;;
    '--port')
        return
        ;;
    '--settle')
        return
        ;;
    esac
}

_kamaki_help() {
    :
}

complete -o filenames -F _kamaki kamaki
