function __kamaki_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __kamaki_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __kamaki_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __kamaki_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __kamaki_parse_tokens -S
    set -l unparsed_tokens (__kamaki_tokens -pc)
    switch $unparsed_tokens[1]
    case 'kamaki'
        __kamaki_parse_subcommand 0 'V/version' 'd/debug' 'v/verbose' 'verbose-with-data' 'c/config=' 'o/options=+' 'cloud=' 'k/ignore-ssl' 'ca-certs=' 'h/help'
        switch $unparsed_tokens[1]
        case 'network'
            __kamaki_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __kamaki_parse_subcommand 0 'output-format=' 'name=' 'name-prefix=' 'name-suffix=' 'name-like=' 'id=' 'id-prefix=' 'id-suffix=' 'id-like=' 'more' 'l/details' 'user-id=' 'h/help'
            case 'info'
                __kamaki_parse_subcommand 1 'output-format=' 'h/help'
            case 'create'
                __kamaki_parse_subcommand 0 'output-format=' 'name=' 'shared' 'project-id=' 'type=' 'h/help'
            case 'modify'
                __kamaki_parse_subcommand 1 'output-format=' 'name=' 'h/help'
            case 'delete'
                __kamaki_parse_subcommand 1 'h/help'
            case 'connect'
                __kamaki_parse_subcommand 1 'output-format=' 'w/wait' 'N/no-progress-bar' 'device-id=+' 'name=' 'g/security-group=+' 'subnet-id=' 'ip-address=' 'h/help'
            case 'disconnect'
                __kamaki_parse_subcommand 1 'w/wait' 'N/no-progress-bar' 'device-id=+' 'h/help'
            case 'reassign'
                __kamaki_parse_subcommand 1 'project-id=' 'h/help'
            end
        case 'subnet'
            __kamaki_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __kamaki_parse_subcommand 0 'output-format=' 'name=' 'name-prefix=' 'name-suffix=' 'name-like=' 'id=' 'id-prefix=' 'id-suffix=' 'id-like=' 'more' 'l/details' 'h/help'
            case 'info'
                __kamaki_parse_subcommand 1 'output-format=' 'h/help'
            case 'create'
                __kamaki_parse_subcommand 0 'output-format=' 'network-id=' 'cidr=' 'name=' 'alloc-pool=+' 'gateway=' 'no-gateway' 'id=' 'ipv6' 'with-dhcp' 'h/help'
            case 'modify'
                __kamaki_parse_subcommand 1 'output-format=' 'name=' 'h/help'
            end
        case 'port'
            __kamaki_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __kamaki_parse_subcommand 0 'output-format=' 'name=' 'name-prefix=' 'name-suffix=' 'name-like=' 'id=' 'id-prefix=' 'id-suffix=' 'id-like=' 'more' 'l/details' 'user-id=' 'h/help'
            case 'info'
                __kamaki_parse_subcommand 1 'output-format=' 'h/help'
            case 'create'
                __kamaki_parse_subcommand 0 'output-format=' 'w/wait' 'N/no-progress-bar' 'network-id=' 'device-id=' 'name=' 'g/security-group=+' 'subnet-id=' 'ip-address=' 'h/help'
            case 'modify'
                __kamaki_parse_subcommand 1 'output-format=' 'name=' 'h/help'
            case 'delete'
                __kamaki_parse_subcommand 1 'w/wait' 'N/no-progress-bar' 'h/help'
            case 'wait'
                __kamaki_parse_subcommand 1 'while=' 'until=' 'status=' 'timeout=' 'N/no-progress-bar' 'h/help'
            end
        case 'ip'
            __kamaki_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __kamaki_parse_subcommand 0 'output-format=' 'h/help'
            case 'info'
                __kamaki_parse_subcommand 1 'output-format=' 'h/help'
            case 'create'
                __kamaki_parse_subcommand 0 'output-format=' 'network-id=' 'address=' 'project-id=' 'h/help'
            case 'delete'
                __kamaki_parse_subcommand 1 'h/help'
            case 'attach'
                __kamaki_parse_subcommand 1 'output-format=' 'w/wait' 'N/no-progress-bar' 'server-id=' 'name=' 'g/security-group=+' 'subnet-id=' 'h/help'
            case 'detach'
                __kamaki_parse_subcommand 1 'w/wait' 'N/no-progress-bar' 'h/help'
            case 'reassign'
                __kamaki_parse_subcommand 1 'project-id=' 'h/help'
            end
        case 'server'
            __kamaki_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __kamaki_parse_subcommand 0 'output-format=' 'name=' 'name-prefix=' 'name-suffix=' 'name-like=' 'id=' 'id-prefix=' 'id-suffix=' 'id-like=' 'more' 'l/details' 'status=' 'user-id=' 'user-name=' 'image-id=' 'flavor-id=' 'metadata=+' 'metadata-like=+' 'since=' 'n/number=' 'enumerate' 'h/help'
            case 'info'
                __kamaki_parse_subcommand 1 'output-format=' 'nics' 'stats' 'diagnostics' 'h/help'
            case 'wait'
                __kamaki_parse_subcommand 1 'while=' 'until=' 'status=' 'timeout=' 'N/no-progress-bar' 'h/help'
            end
        case 'quota'
            __kamaki_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __kamaki_parse_subcommand 0 'output-format=' 'resource=' 'project-id=' 'bytes' 'h/help'
            end
        case 'user'
            __kamaki_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'info'
                __kamaki_parse_subcommand 0 'output-format=' 'uuid=' 'username=' 'h/help'
            case 'authenticate'
                __kamaki_parse_subcommand 1 'output-format=' 'h/help'
            case 'uuid2name'
                __kamaki_parse_subcommand -r 1 'output-format=' 'h/help'
            case 'name2uuid'
                __kamaki_parse_subcommand -r 1 'output-format=' 'h/help'
            end
        case 'config'
            __kamaki_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __kamaki_parse_subcommand 0 'describe-option-keys' 'with-description' 'h/help'
            case 'get'
                __kamaki_parse_subcommand 1 'h/help'
            case 'set'
                __kamaki_parse_subcommand 2 'h/help'
            case 'delete'
                __kamaki_parse_subcommand 1 'default' 'h/help'
            end
        case 'history'
            __kamaki_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __kamaki_parse_subcommand 1 'match=' 'h/help'
            case 'clean'
                __kamaki_parse_subcommand 0 'h/help'
            end
        case 'local'
            __kamaki_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'reset'
                __kamaki_parse_subcommand 0 'h/help'
            case 'serve'
                __kamaki_parse_subcommand 0 'host=' 'port=' 'settle=' 'h/help'
            end
        case 'help'
            __kamaki_parse_subcommand -r 1 
        end
    end
end

function __kamaki_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __kamaki_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __kamaki_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __kamaki_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__kamaki_tokens -p)
    if test -z "$(__kamaki_tokens -t)"
        set -l index (count (__kamaki_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    # Candidates are data: only lines in kamaki's id syntax are offered.
    command $tokens[1] $argv $tokens | string match -r -- '^[A-Za-z0-9][A-Za-z0-9._-]*$'
end

complete -c 'kamaki' -f
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki" V version' -s 'V' -l 'version' -d 'Print the version and exit.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki" d debug' -s 'd' -l 'debug' -d 'Log HTTP requests and responses with bodies to stderr.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki"' -s 'v' -l 'verbose' -d 'HTTP request and response lines on stderr (-vv adds bodies).'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki" verbose-with-data' -l 'verbose-with-data' -d 'Like -vv: HTTP lines with bodies.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki" c config' -s 'c' -l 'config' -d 'Use this config file.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki"' -s 'o' -l 'options' -d 'Override a config option for this run: [section.]key=value, repeatable.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki" cloud' -l 'cloud' -d 'Use this configured cloud (`local` is the embedded one).' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki" ignore-ssl insecure k' -s 'k' -l 'ignore-ssl' -l 'insecure' -d 'Do not verify TLS certificates.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki" ca-certs' -l 'ca-certs' -d 'CA bundle for TLS verification.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'network' -d 'Networking API network commands'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'subnet' -d 'Networking API subnet commands'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'port' -d 'Networking API port commands'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'ip' -d 'Networking API floatingip commands'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'server' -d 'Cyclades/Compute API server commands'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'quota' -d 'Astakos/Account API commands for quotas'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'user' -d 'Astakos/Identity API commands'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'config' -d 'Kamaki configurations'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'history' -d 'Kamaki command history'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'local' -d 'The embedded local cloud (used when no cloud is configured)'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network" -eq 1' -fa 'list' -d 'List networks'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network" -eq 1' -fa 'info' -d 'Get details about a network'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network" -eq 1' -fa 'create' -d 'Create a new network (default type: MAC_FILTERED)'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network" -eq 1' -fa 'modify' -d 'Modify network attributes'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network" -eq 1' -fa 'delete' -d 'Delete a network'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network" -eq 1' -fa 'connect' -d 'Connect a network with a device (server or router)'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network" -eq 1' -fa 'disconnect' -d 'Disconnect a network from a device'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network" -eq 1' -fa 'reassign' -d 'Assign a network to a different project'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" name' -l 'name' -d 'Show only items with this name.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" name-prefix' -l 'name-prefix' -d 'Show only items whose name starts with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" name-suffix' -l 'name-suffix' -d 'Show only items whose name ends with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" name-like' -l 'name-like' -d 'Show only items whose name contains this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" id' -l 'id' -d 'Show only the item with this id.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" id-prefix' -l 'id-prefix' -d 'Show only items whose id starts with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" id-suffix' -l 'id-suffix' -d 'Show only items whose id ends with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" id-like' -l 'id-like' -d 'Show only items whose id contains this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" more' -l 'more' -d 'Accepted for kamaki 0.16\'s scripts; the list is not paged (pipe it to less).'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" details l' -s 'l' -l 'details' -d 'Show every field.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" user-id' -l 'user-id' -d 'Show only networks of this user.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network info" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network info" -eq 1' -fka '(__kamaki_custom_completion ---completion network info -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network create" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network create" name' -l 'name' -d 'The network\'s name.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network create" shared' -l 'shared' -d 'Make the network shared.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network create" project-id' -l 'project-id' -d 'Assign the network to a project.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network create" type' -l 'type' -d 'MAC_FILTERED (default), CUSTOM, IP_LESS_ROUTED or PHYSICAL_VLAN.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network modify" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network modify" -eq 1' -fka '(__kamaki_custom_completion ---completion network modify -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network modify" name' -l 'name' -d 'The new name.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network modify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network delete" -eq 1' -fka '(__kamaki_custom_completion ---completion network delete -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network connect" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network connect" w wait' -s 'w' -l 'wait' -d 'Wait until the operation completes.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network connect" N no-progress-bar' -s 'N' -l 'no-progress-bar' -d 'Do not show a progress display while waiting.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network connect" -eq 1' -fka '(__kamaki_custom_completion ---completion network connect -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network connect"' -l 'device-id' -d 'Connect this device (server id); repeatable.' -rfka '(__kamaki_custom_completion ---completion network connect -- --device-id (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network connect" name' -l 'name' -d 'A name for the new port(s).' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network connect"' -s 'g' -l 'security-group' -d 'A security group id; repeatable.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network connect" subnet-id' -l 'subnet-id' -d 'The subnet of the port\'s address.' -rfka '(__kamaki_custom_completion ---completion network connect -- --subnet-id (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network connect" ip-address' -l 'ip-address' -d 'The port\'s address.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network connect" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network disconnect" w wait' -s 'w' -l 'wait' -d 'Wait until the operation completes.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network disconnect" N no-progress-bar' -s 'N' -l 'no-progress-bar' -d 'Do not show a progress display while waiting.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network disconnect" -eq 1' -fka '(__kamaki_custom_completion ---completion network disconnect -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network disconnect"' -l 'device-id' -d 'Disconnect this device (server id); repeatable.' -rfka '(__kamaki_custom_completion ---completion network disconnect -- --device-id (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network disconnect" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki network reassign" -eq 1' -fka '(__kamaki_custom_completion ---completion network reassign -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network reassign" project-id' -l 'project-id' -d 'The project to assign the network to.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki network reassign" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki subnet" -eq 1' -fa 'list' -d 'List subnets'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki subnet" -eq 1' -fa 'info' -d 'Get details about a subnet'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki subnet" -eq 1' -fa 'create' -d 'Create a new subnet'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki subnet" -eq 1' -fa 'modify' -d 'Modify the attributes of a subnet'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" name' -l 'name' -d 'Show only items with this name.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" name-prefix' -l 'name-prefix' -d 'Show only items whose name starts with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" name-suffix' -l 'name-suffix' -d 'Show only items whose name ends with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" name-like' -l 'name-like' -d 'Show only items whose name contains this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" id' -l 'id' -d 'Show only the item with this id.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" id-prefix' -l 'id-prefix' -d 'Show only items whose id starts with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" id-suffix' -l 'id-suffix' -d 'Show only items whose id ends with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" id-like' -l 'id-like' -d 'Show only items whose id contains this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" more' -l 'more' -d 'Accepted for kamaki 0.16\'s scripts; the list is not paged (pipe it to less).'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" details l' -s 'l' -l 'details' -d 'Show every field.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet info" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki subnet info" -eq 1' -fka '(__kamaki_custom_completion ---completion subnet info -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create" network-id' -l 'network-id' -d 'The network (default: the session\'s network).' -rfka '(__kamaki_custom_completion ---completion subnet create -- --network-id (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create" cidr' -l 'cidr' -d 'The subnet\'s CIDR, e.g. 10.0.3.0/24.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create" name' -l 'name' -d 'A name.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create"' -l 'alloc-pool' -d 'START,END of an allocation pool; repeatable.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create" gateway' -l 'gateway' -d 'The gateway address.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create" no-gateway' -l 'no-gateway' -d 'No gateway.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create" id' -l 'id' -d 'The subnet id to ask for.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create" ipv6' -l 'ipv6' -d 'An IPv6 subnet.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create" with-dhcp' -l 'with-dhcp' -d 'Enable DHCP.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet modify" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki subnet modify" -eq 1' -fka '(__kamaki_custom_completion ---completion subnet modify -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet modify" name' -l 'name' -d 'The new name.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki subnet modify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki port" -eq 1' -fa 'list' -d 'List all ports'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki port" -eq 1' -fa 'info' -d 'Get details about a port'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki port" -eq 1' -fa 'create' -d 'Create a new port (== connect server to network)'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki port" -eq 1' -fa 'modify' -d 'Modify the attributes of a port'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki port" -eq 1' -fa 'delete' -d 'Delete a port (== disconnect server from network)'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki port" -eq 1' -fa 'wait' -d 'Wait for a port to finish (default: while BUILD)'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" name' -l 'name' -d 'Show only items with this name.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" name-prefix' -l 'name-prefix' -d 'Show only items whose name starts with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" name-suffix' -l 'name-suffix' -d 'Show only items whose name ends with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" name-like' -l 'name-like' -d 'Show only items whose name contains this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" id' -l 'id' -d 'Show only the item with this id.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" id-prefix' -l 'id-prefix' -d 'Show only items whose id starts with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" id-suffix' -l 'id-suffix' -d 'Show only items whose id ends with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" id-like' -l 'id-like' -d 'Show only items whose id contains this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" more' -l 'more' -d 'Accepted for kamaki 0.16\'s scripts; the list is not paged (pipe it to less).'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" details l' -s 'l' -l 'details' -d 'Show every field.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" user-id' -l 'user-id' -d 'Show only ports of this user.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port info" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki port info" -eq 1' -fka '(__kamaki_custom_completion ---completion port info -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port create" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port create" w wait' -s 'w' -l 'wait' -d 'Wait until the operation completes.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port create" N no-progress-bar' -s 'N' -l 'no-progress-bar' -d 'Do not show a progress display while waiting.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port create" network-id' -l 'network-id' -d 'The network (default: the session\'s network).' -rfka '(__kamaki_custom_completion ---completion port create -- --network-id (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port create" device-id' -l 'device-id' -d 'The server (default: the session\'s server).' -rfka '(__kamaki_custom_completion ---completion port create -- --device-id (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port create" name' -l 'name' -d 'A name for the port.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port create"' -s 'g' -l 'security-group' -d 'A security group id; repeatable.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port create" subnet-id' -l 'subnet-id' -d 'The subnet of the port\'s address.' -rfka '(__kamaki_custom_completion ---completion port create -- --subnet-id (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port create" ip-address' -l 'ip-address' -d 'The port\'s address (a floating IP on a public network).' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port modify" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki port modify" -eq 1' -fka '(__kamaki_custom_completion ---completion port modify -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port modify" name' -l 'name' -d 'The new name.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port modify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port delete" w wait' -s 'w' -l 'wait' -d 'Wait until the operation completes.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port delete" N no-progress-bar' -s 'N' -l 'no-progress-bar' -d 'Do not show a progress display while waiting.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki port delete" -eq 1' -fka '(__kamaki_custom_completion ---completion port delete -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki port wait" -eq 1' -fka '(__kamaki_custom_completion ---completion port wait -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port wait" while' -l 'while' -d 'Wait while the port is in this status (BUILD, ACTIVE, DOWN, ERROR).' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port wait" until' -l 'until' -d 'Wait until the port is in this status.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port wait" status' -l 'status' -d 'Deprecated: the same as --while.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port wait" timeout' -l 'timeout' -d 'Give up after this many seconds.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port wait" N no-progress-bar' -s 'N' -l 'no-progress-bar' -d 'Do not show a progress display.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki port wait" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip" -eq 1' -fa 'list' -d 'List reserved floating IPs'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip" -eq 1' -fa 'info' -d 'Get details on a floating IP'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip" -eq 1' -fa 'create' -d 'Reserve an IP on a network'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip" -eq 1' -fa 'delete' -d 'Unreserve an IP (detach it first)'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip" -eq 1' -fa 'attach' -d 'Attach an IP on a virtual server'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip" -eq 1' -fa 'detach' -d 'Detach an IP from a virtual server'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip" -eq 1' -fa 'reassign' -d 'Assign a floating IP to a different project'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip list" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip info" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip info" -eq 1' -fka '(__kamaki_custom_completion ---completion ip info -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip create" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip create" network-id' -l 'network-id' -d 'The pool network (default: any pool with free addresses).' -rfka '(__kamaki_custom_completion ---completion ip create -- --network-id (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip create" address' -l 'address' -d 'The address to reserve.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip create" project-id' -l 'project-id' -d 'Charge this project.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip delete" -eq 1' -fka '(__kamaki_custom_completion ---completion ip delete -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip attach" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip attach" w wait' -s 'w' -l 'wait' -d 'Wait until the operation completes.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip attach" N no-progress-bar' -s 'N' -l 'no-progress-bar' -d 'Do not show a progress display while waiting.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip attach" -eq 1' -fka '(__kamaki_custom_completion ---completion ip attach -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip attach" server-id' -l 'server-id' -d 'The server (default: the session\'s server).' -rfka '(__kamaki_custom_completion ---completion ip attach -- --server-id (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip attach" name' -l 'name' -d 'A name for the port.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip attach"' -s 'g' -l 'security-group' -d 'A security group id; repeatable.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip attach" subnet-id' -l 'subnet-id' -d 'The subnet of the address.' -rfka '(__kamaki_custom_completion ---completion ip attach -- --subnet-id (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip attach" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip detach" w wait' -s 'w' -l 'wait' -d 'Wait until the operation completes.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip detach" N no-progress-bar' -s 'N' -l 'no-progress-bar' -d 'Do not show a progress display while waiting.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip detach" -eq 1' -fka '(__kamaki_custom_completion ---completion ip detach -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip detach" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki ip reassign" -eq 1' -fka '(__kamaki_custom_completion ---completion ip reassign -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip reassign" project-id' -l 'project-id' -d 'The project to assign the IP to.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki ip reassign" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki server" -eq 1' -fa 'list' -d 'List virtual servers accessible by user'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki server" -eq 1' -fa 'info' -d 'Detailed information on a virtual server'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki server" -eq 1' -fa 'wait' -d 'Wait for a server to finish (default: while BUILD)'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" name' -l 'name' -d 'Show only items with this name.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" name-prefix' -l 'name-prefix' -d 'Show only items whose name starts with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" name-suffix' -l 'name-suffix' -d 'Show only items whose name ends with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" name-like' -l 'name-like' -d 'Show only items whose name contains this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" id' -l 'id' -d 'Show only the item with this id.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" id-prefix' -l 'id-prefix' -d 'Show only items whose id starts with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" id-suffix' -l 'id-suffix' -d 'Show only items whose id ends with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" id-like' -l 'id-like' -d 'Show only items whose id contains this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" more' -l 'more' -d 'Accepted for kamaki 0.16\'s scripts; the list is not paged (pipe it to less).'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" details l' -s 'l' -l 'details' -d 'Show every field.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" status' -l 'status' -d 'Show only servers in this status.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" user-id' -l 'user-id' -d 'Show only servers of this user.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" user-name' -l 'user-name' -d 'Show only servers of the user with this name (e-mail).' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" image-id' -l 'image-id' -d 'Show only servers built from this image.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" flavor-id' -l 'flavor-id' -d 'Show only servers of this flavor.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list"' -l 'metadata' -d 'Show only servers with this metadata; repeatable.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list"' -l 'metadata-like' -d 'Show only servers whose metadata value contains this; repeatable.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" since' -l 'since' -d 'Show only servers changed since this time (deleted ones too): 2026-11-29T10:00, 2026-11-29 10:00:00+02:00, 2026-11-29.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" n number' -s 'n' -l 'number' -d 'Show at most this many.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" enumerate' -l 'enumerate' -d 'Number the lines.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server info" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki server info" -eq 1' -fka '(__kamaki_custom_completion ---completion server info -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server info" nics' -l 'nics' -d 'Show only the network interfaces.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server info" stats' -l 'stats' -d 'Show the server\'s statistics (links to its graphs).'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server info" diagnostics' -l 'diagnostics' -d 'Show the server\'s diagnostics.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki server wait" -eq 1' -fka '(__kamaki_custom_completion ---completion server wait -- positional@0 (count (__kamaki_tokens -pc)) (__kamaki_tokens -tC))'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server wait" while' -l 'while' -d 'Wait while in this status (BUILD, ACTIVE, STOPPED, REBOOT, ERROR).' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server wait" until' -l 'until' -d 'Wait until in this status.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server wait" status' -l 'status' -d 'Deprecated: the same as --while.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server wait" timeout' -l 'timeout' -d 'Give up after this many seconds.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server wait" N no-progress-bar' -s 'N' -l 'no-progress-bar' -d 'Do not show a progress display.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki server wait" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki quota" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki quota" -eq 1' -fa 'list' -d 'Show user quotas'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki quota list" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki quota list" resource' -l 'resource' -d 'Show only resources whose name starts with this.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki quota list" project-id' -l 'project-id' -d 'Show only this project.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki quota list" bytes' -l 'bytes' -d 'Show sizes in bytes.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki quota list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki user" -eq 1' -fa 'info' -d 'Information about the session user'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki user" -eq 1' -fa 'authenticate' -d 'Authenticate the session token (or TOKEN) again and show the user and services'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki user" -eq 1' -fa 'uuid2name' -d 'Get user name(s) from uuid(s)'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki user" -eq 1' -fa 'name2uuid' -d 'Get user uuid(s) from name(s)'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user info" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user info" uuid' -l 'uuid' -d 'Another user, by uuid (its name from the user catalog).' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user info" username' -l 'username' -d 'Another user, by name (its uuid from the user catalog).' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user authenticate" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user authenticate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user uuid2name" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user uuid2name" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user name2uuid" output-format' -l 'output-format' -d 'Print the whole resource(s) as JSON (json).' -rfka 'json'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki user name2uuid" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki config" -eq 1' -fa 'list' -d 'List all configuration options'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki config" -eq 1' -fa 'get' -d 'Show a configuration option'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki config" -eq 1' -fa 'set' -d 'Set a configuration option'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki config" -eq 1' -fa 'delete' -d 'Delete a configuration option'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki config list" describe-option-keys' -l 'describe-option-keys' -d 'List all option keys kamaki knows, with what each one does.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki config list" with-description' -l 'with-description' -d 'Add a description line above each listed option.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki config list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki config get" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki config set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki config delete" default' -l 'default' -d 'Accepted for kamaki 0.16 scripts: there it also drops the built-in value until the session ends; each kamaki run here starts afresh.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki config delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki history" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki history" -eq 1' -fa 'show' -d 'Show the command history'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki history" -eq 1' -fa 'clean' -d 'Clean up the history file'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki history show" match' -l 'match' -d 'Show only lines containing all these space-separated terms.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki history show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki history clean" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki local" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki local" -eq 1' -fa 'reset' -d 'Restore the local cloud\'s tutorial world'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_positional "kamaki local" -eq 1' -fa 'serve' -d 'Serve the local cloud in the foreground, like kamaki-cloud'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki local reset" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki local serve" host' -l 'host' -d 'The address to bind.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki local serve" port' -l 'port' -d 'The port (0 picks a free one).' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki local serve" settle' -l 'settle' -d 'Seconds a new port stays BUILD.' -rfka ''
complete -c 'kamaki' -n '__kamaki_should_offer_completions_for_flags_or_options "kamaki local serve" h help' -s 'h' -l 'help' -d 'Show help information.'
