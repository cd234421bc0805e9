// The networking tutorial's steps written for an OpenStack cloud (Keystone, Neutron, Nova), as the
// JSON a ``Tutorial`` decodes; compiled in, as NetworkTutorial.swift's Synnefo steps are. The same
// steps in the same order, with this cloud's ids: `{server1}`, `{server2}` and `{public}` are found
// before step 1 (``OpenStackTutorialWorld``), `{net}`, `{ip1}`, `{ip2}` taken from the output of the
// steps that make them (`capture`). Where OpenStack differs (a subnet before servers connect, no port
// for a floating IP, one floating IP per address, the quota's size), the steps say so.
//
// Step "network delete {public}" cannot succeed: beside Neutron's policy, the router whose gateway the
// tutorial found and the floating IPs reserved in the steps before it keep the network in use.

extension Tutorial {
    static let networkOpenStackJSON = #"""
        {
          "name": "network",
          "title": "Networks: private networks, ports, floating IPs and quotas",
          "source": "kamaki's documentation, network.rst, on an OpenStack cloud",
          "cloud": "openstack",
          "steps": [
            {
              "section": "Networks",
              "explain": [
                "Users create private networks to connect their virtual servers, and manage",
                "connections to public networks, floating IPs and subnets.",
                "This is the tutorial written for OpenStack clouds: it uses your servers {server1Name} and {server2Name},",
                "and the external network {publicName}, where the Synnefo tutorial has servers 141 and 142 and the public network 1."
              ],
              "command": "kamaki server list",
              "expect": {
                "status": 0,
                "stdout": [
                  "{server1} {server1Name}",
                  "{server2} {server2Name}"
                ]
              },
              "result": "These are the tutorial's two servers: where the Synnefo tutorial says 141 and 142, the steps here use their ids."
            },
            {
              "explain": [
                "A look at the current network state:"
              ],
              "command": "kamaki network list",
              "expect": {
                "status": 0,
                "stdout": [
                  "{public} {publicName} ( public )",
                  "{routedNet} {routedNetName} ( private )"
                ]
              },
              "result": "{publicName} is the external network floating IPs come from (Synnefo's public network). {routedNetName} is a network your servers are on, and router {routerName} connects it to {publicName}: on OpenStack a floating IP reaches a server only through such a router."
            },
            {
              "section": "Create a private network",
              "explain": [
                "The new network will be named 'My Private Net'."
              ],
              "command": "kamaki network create --name='My Private Net'",
              "expect": {
                "status": 0,
                "stdout": [
                  "name: My Private Net",
                  "status: ACTIVE",
                  "router:external: False"
                ]
              },
              "capture": {
                "net": "id"
              },
              "result": "Network {net} is yours: private and ACTIVE at once. Its id is a UUID, as every OpenStack id is, and it has no type: MAC_FILTERED and the other Synnefo network types do not exist on OpenStack (kamaki refuses --type here)."
            },
            {
              "explain": [
                "Not in the Synnefo tutorial: on OpenStack, Nova connects a server to a network only when the",
                "network has a subnet (the port's security groups need addresses). Give the network one:"
              ],
              "command": "kamaki subnet create --network-id={net} --cidr=192.168.99.0/24 --name='My Private Subnet'",
              "expect": {
                "status": 0,
                "stdout": [
                  "network_id: {net}",
                  "cidr: 192.168.99.0/24"
                ]
              },
              "result": "Network {net} has the subnet 192.168.99.0/24 now: each server connected to it gets an address from it."
            },
            {
              "section": "Connect and disconnect",
              "explain": [
                "Connect the network to the virtual servers {server1Name} and {server2Name}: one port per --device-id.",
                "On OpenStack Nova attaches an interface to each server, and Neutron makes its port."
              ],
              "command": "kamaki network connect {net} --device-id={server1} --device-id={server2}",
              "expect": {
                "status": 0,
                "stdout": [
                  "network_id: {net}",
                  "device_id: {server1}",
                  "device_id: {server2}"
                ],
                "stderr": [
                  "Creating a port to connect network {net} with device {server1}",
                  "Creating a port to connect network {net} with device {server2}"
                ]
              },
              "result": "Each server has a port on network {net} now, with an address of 192.168.99.0/24, ACTIVE at once (Synnefo's ports start as BUILD)."
            },
            {
              "explain": [
                "Check the current network state, in detail:"
              ],
              "command": "kamaki network list -l",
              "expect": {
                "status": 0,
                "stdout": [
                  "{net} My Private Net\n    status: ACTIVE"
                ]
              },
              "result": "Network {net} has its subnet and is ACTIVE. The servers can now talk over it."
            },
            {
              "section": "Manage floating IPs",
              "explain": [
                "A floating IP is reserved from the external network {publicName}, then attached to a server."
              ],
              "command": "kamaki ip create --network-id={public}",
              "expect": {
                "status": 0,
                "stdout": [
                  "floating_network_id: {public}",
                  "port_id: None"
                ]
              },
              "capture": {
                "ip1": "id",
                "ip1Address": "floating_ip_address"
              },
              "result": "Floating IP {ip1} is {ip1Address}: Neutron picks a free address of {publicName} (the Synnefo tutorial gets the lowest, 192.168.3.5). It is reserved but not attached (port_id: None)."
            },
            {
              "explain": [
                "Attach it to server {server1Name}:"
              ],
              "command": "kamaki ip attach {ip1} --server-id={server1} --wait",
              "expect": {
                "status": 0,
                "stdout": [
                  "floating_ip_address: {ip1Address}",
                  "device_id: {server1}"
                ],
                "stderr": [
                  "Associating IP {ip1} with server {server1}"
                ]
              },
              "result": "A difference: OpenStack makes no port for a floating IP. Neutron associated {ip1Address} with {server1Name}'s port on {routedNetName}, the network router {routerName} connects to {publicName}; without such a router the attach fails and says so. (Synnefo made port 13 on the public network.)"
            },
            {
              "explain": [
                "An attempt to attach a used IP to another virtual server should fail:"
              ],
              "command": "kamaki ip attach {ip1} --server-id={server2} --wait",
              "expectedFailure": true,
              "expect": {
                "status": 1,
                "stderr": [
                  "(409) IP address '{ip1Address}' is already in use"
                ]
              },
              "result": "That is the point of this step: the IP is in use. Neutron itself would move an associated IP to the other server without a word; kamaki refuses, as on Synnefo, so a mistyped IP is never taken from the server that uses it."
            },
            {
              "explain": [
                "More than one IP can be reserved:"
              ],
              "command": "kamaki ip create --network-id={public}",
              "expect": {
                "status": 0,
                "stdout": [
                  "floating_network_id: {public}"
                ]
              },
              "capture": {
                "ip2": "id",
                "ip2Address": "floating_ip_address"
              },
              "result": "Floating IP {ip2} is {ip2Address}."
            },
            {
              "explain": [
                "On Synnefo a server can have several floating IPs. Attach the second one to {server1Name} too:"
              ],
              "command": "kamaki ip attach {ip2} --server-id={server1} --wait",
              "expectedFailure": true,
              "expect": {
                "status": 1,
                "stderr": [
                  "(409) Cannot associate floating IP {ip2Address}"
                ]
              },
              "result": "A difference, and the point of this step on OpenStack: an address of a server carries one floating IP at a time, and {server1Name}'s address on {routedNetName} carries {ip1Address} (Synnefo gave the server a second port on the public network). The next steps move {ip1Address} to {server2Name}, which frees that address for {ip2Address}."
            },
            {
              "explain": [
                "Every connection is a port, so port commands show them all:"
              ],
              "command": "kamaki port list -l",
              "expect": {
                "status": 0,
                "stdout": [
                  "network_id: {net}",
                  "device_id: {server1}",
                  "device_id: {server2}"
                ]
              },
              "result": "The servers' ports on network {net} (made by Nova) and on {routedNetName}, where {ip1Address} is associated: a floating IP is no port of its own here."
            },
            {
              "explain": [
                "Move {ip1Address} from {server1Name} to {server2Name}.",
                "The tutorial types the next lines in the shell's ip context: enter it first."
              ],
              "command": "ip",
              "result": "The prompt shows the ip context: verbs now run without the group."
            },
            {
              "command": "detach {ip1} --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Detaching IP {ip1}"
                ]
              },
              "result": "IP {ip1Address} is still yours, associated with nothing (Synnefo deleted its port; here the association is cleared)."
            },
            {
              "command": "attach {ip1} --server-id={server2} --wait",
              "expect": {
                "status": 0,
                "stdout": [
                  "floating_ip_address: {ip1Address}",
                  "device_id: {server2}"
                ]
              },
              "result": "{ip1Address} now reaches {server2Name}."
            },
            {
              "explain": [
                "{server1Name}'s address is free again:"
              ],
              "command": "attach {ip2} --server-id={server1} --wait",
              "expect": {
                "status": 0,
                "stdout": [
                  "floating_ip_address: {ip2Address}",
                  "device_id: {server1}"
                ]
              },
              "result": "Each server has one floating IP now, as the Synnefo tutorial's servers have at this point."
            },
            {
              "section": "IP quota limits",
              "explain": [
                "It is always a good idea to check the resource quotas:"
              ],
              "command": "kamaki quota list",
              "expect": {
                "status": 0,
                "stdout": [
                  "network.floatingip:\n        usage: "
                ]
              },
              "result": "On OpenStack the floating IP quota is Neutron's network.floatingip (the compute.* figures are Nova's limits): two floating IPs are in use, more if the project had some before."
            },
            {
              "explain": [
                "The Synnefo tutorial's limit is 3 floating IPs, so there it reserves a third and is refused a fourth (413).",
                "An OpenStack project's limit (network.floatingip above) is usually far higher, and this tutorial does not",
                "reserve IPs up to it. Past the limit, Neutron refuses with 409 OverQuota, and reserves nothing:"
              ],
              "command": "kamaki ip create --network-id={public}",
              "note": true,
              "result": ""
            },
            {
              "section": "Destroy a private network",
              "explain": [
                "Attempt to destroy the external network:"
              ],
              "command": "kamaki network delete {public}",
              "expectedFailure": true,
              "expect": {
                "status": 1,
                "stderr": [
                  "Network with id {public} is in use"
                ]
              },
              "result": "That is the point of this step: the external network is not yours to delete. Neutron's policy refuses (403), and a router's gateway and your floating IPs use it anyway."
            },
            {
              "explain": [
                "Attempt to destroy the private network:"
              ],
              "command": "kamaki network delete {net}",
              "expectedFailure": true,
              "expect": {
                "status": 1,
                "stderr": [
                  "(409) Network with id {net} is in use",
                  "NetworkInUse"
                ]
              },
              "result": "That is the point of this step: the servers' ports are still on network {net}, so Neutron answers 409 NetworkInUse."
            },
            {
              "explain": [
                "Disconnect the servers first (on OpenStack, Nova detaches their interfaces):"
              ],
              "command": "kamaki network disconnect {net} --device-id={server1} --device-id={server2} --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "is deleted"
                ]
              },
              "result": "Nova detached both interfaces and Neutron deleted their ports; nothing uses network {net} any more."
            },
            {
              "command": "kamaki network delete {net}",
              "expect": {
                "status": 0
              },
              "result": "Network {net} is deleted, and its subnet with it."
            },
            {
              "section": "Clean up",
              "explain": [
                "Not in the tutorial: give everything back, so your quota is where it started.",
                "Detach and release the floating IPs:"
              ],
              "command": "kamaki ip detach {ip1} --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Detaching IP {ip1}"
                ]
              },
              "result": "IP {ip1Address} is attached to nothing."
            },
            {
              "command": "kamaki ip delete {ip1}",
              "expect": {
                "status": 0
              },
              "result": "IP {ip1Address} is released."
            },
            {
              "command": "kamaki ip detach {ip2} --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Detaching IP {ip2}"
                ]
              },
              "result": "IP {ip2Address} is attached to nothing."
            },
            {
              "command": "kamaki ip delete {ip2}",
              "expect": {
                "status": 0
              },
              "result": "IP {ip2Address} is released."
            },
            {
              "command": "kamaki quota list --resource=network.floatingip",
              "expect": {
                "status": 0,
                "stdout": [
                  "network.floatingip:\n        usage: "
                ]
              },
              "result": "Back to the start: the floating IPs are released and the private network is gone. That is the end of the networking tutorial."
            }
          ]
        }
        """#
}
