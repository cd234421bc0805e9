// The networking tutorial's steps (kamaki's docs/examplesdir/network.rst, adapted to the
// embedded cloud), as the JSON a ``Tutorial`` decodes. Compiled into the binary, so that the
// static `kamaki` is one file and no file beside it, or in the current folder, can change what
// the tutorial runs.

extension Tutorial {
    static let networkJSON = #"""
        {
          "name": "network",
          "title": "Networks: private networks, ports, floating IPs and quotas",
          "source": "kamaki's documentation, network.rst",
          "steps": [
            {
              "section": "Networks",
              "explain": [
                "Users create private networks to connect their virtual servers, and manage",
                "connections to public networks, floating IPs and subnets.",
                "The tutorial assumes two active servers, 141 and 142, and the public network 1."
              ],
              "command": "kamaki server list",
              "expect": {
                "status": 0,
                "stdout": [
                  "141 Server 1",
                  "142 Server 1"
                ]
              },
              "result": "Servers 141 and 142 are the two virtual servers of the tutorial."
            },
            {
              "explain": [
                "A look at the current network state:"
              ],
              "command": "kamaki network list",
              "expect": {
                "status": 0,
                "stdout": [
                  "1 public_network ( public )"
                ]
              },
              "result": "Only the public network 1 exists so far; it is the pool floating IPs come from."
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
                  "id: 2",
                  "name: My Private Net",
                  "status: ACTIVE",
                  "public: False",
                  "type: MAC_FILTERED"
                ]
              },
              "result": "Network 2 is yours: private (public: False), of type MAC_FILTERED, ACTIVE at once. It costs one 'Private Network' of your quota."
            },
            {
              "section": "Connect and disconnect",
              "explain": [
                "Connect the network to the virtual servers: one port per --device-id."
              ],
              "command": "kamaki network connect 2 --device-id=141 --device-id=142",
              "expect": {
                "status": 0,
                "stdout": [
                  "11\n    status: BUILD\n    network_id: 2",
                  "12\n    status: BUILD\n    network_id: 2"
                ],
                "stderr": [
                  "Creating a port to connect network 2 with device 141",
                  "Creating a port to connect network 2 with device 142"
                ]
              },
              "result": "Ports 11 and 12 connect network 2 with servers 141 and 142. They are BUILD until the cloud finishes; --wait would have waited for them."
            },
            {
              "note": true,
              "explain": [
                "network connect is a shortcut for port create. The long form of the step above is",
                "one port create per server (not run here: ports 11 and 12 already exist):"
              ],
              "command": "kamaki port create --network-id=2 --device-id=141 --wait",
              "result": ""
            },
            {
              "explain": [
                "Check the current network state, in detail:"
              ],
              "command": "kamaki network list -l",
              "expect": {
                "status": 0,
                "stdout": [
                  "1 public_network\n    status: ACTIVE",
                  "    subnets:\n        53",
                  "2 My Private Net\n    status: ACTIVE"
                ]
              },
              "result": "Network 1 has subnet 53 (192.168.3.0/24); network 2 has no subnet. The servers can now talk over network 2."
            },
            {
              "section": "Manage floating IPs",
              "explain": [
                "A floating IP is reserved from a pool, then attached to a device."
              ],
              "command": "kamaki ip create --network-id=1",
              "expect": {
                "status": 0,
                "stdout": [
                  "floating_ip_address: 192.168.3.5",
                  "port_id: None",
                  "id: 8"
                ]
              },
              "result": "Floating IP 8 is 192.168.3.5, the lowest free address of network 1's pool. It is reserved but not attached (port_id: None)."
            },
            {
              "explain": [
                "Attach it to server 141 and wait until the port is ready:"
              ],
              "command": "kamaki ip attach 8 --server-id=141 --wait",
              "expect": {
                "status": 0,
                "stdout": [
                  "13\n    status: ACTIVE\n    network_id: 1",
                  "ip_address: 192.168.3.5",
                  "device_id: 141"
                ],
                "stderr": [
                  "Creating a port to attach IP 8 to server 141",
                  "Port 13 status: ACTIVE"
                ]
              },
              "result": "ip attach created port 13 on network 1 with the address 192.168.3.5 for server 141; --wait waited until it was ACTIVE."
            },
            {
              "note": true,
              "explain": [
                "ip attach is also a shortcut for port create (not run: the IP is attached already):"
              ],
              "command": "kamaki port create --network-id=1 --device-id=141 --ip-address=192.168.3.5 --wait",
              "result": ""
            },
            {
              "explain": [
                "An attempt to attach a used IP to another virtual server should fail:"
              ],
              "command": "kamaki ip attach 8 --server-id=142 --wait",
              "expectedFailure": true,
              "expect": {
                "status": 1,
                "stderr": [
                  "(409) IP address '192.168.3.5' is already in use"
                ]
              },
              "result": "That is the point of this step: a floating IP is on one port at a time, so the cloud answers 409 Conflict."
            },
            {
              "explain": [
                "More than one IP can be reserved, and a server can have several:"
              ],
              "command": "kamaki ip create --network-id=1",
              "expect": {
                "status": 0,
                "stdout": [
                  "floating_ip_address: 192.168.3.6",
                  "id: 9"
                ]
              },
              "result": "Floating IP 9 is 192.168.3.6 (the tutorial's text repeats .5 by mistake)."
            },
            {
              "command": "kamaki ip attach 9 --server-id=141 --wait",
              "expect": {
                "status": 0,
                "stdout": [
                  "14\n    status: ACTIVE",
                  "ip_address: 192.168.3.6",
                  "device_id: 141"
                ]
              },
              "result": "Port 14 carries 192.168.3.6 to server 141, which now has two floating IPs."
            },
            {
              "explain": [
                "Every connection is a port, so port commands show them all:"
              ],
              "command": "kamaki port list -l",
              "expect": {
                "status": 0,
                "stdout": [
                  "11\n    status: ACTIVE",
                  "12\n    status: ACTIVE",
                  "13\n    status: ACTIVE",
                  "14\n    status: ACTIVE"
                ]
              },
              "result": "Ports 11 and 12 (network 2) and 13 and 14 (the floating IPs) are all ACTIVE now."
            },
            {
              "explain": [
                "Server 141 has two IPs while 142 has none. Move 192.168.3.6 (id 9) to server 142.",
                "The tutorial types the next two lines in the shell's ip context: enter it first."
              ],
              "command": "ip",
              "result": "The prompt shows the ip context: verbs now run without the group."
            },
            {
              "command": "detach 9 --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Deleting port 14:",
                  "Port 14 is deleted"
                ]
              },
              "result": "ip detach deleted port 14; IP 9 is still yours, attached to nothing."
            },
            {
              "command": "attach 9 --server-id=142 --wait",
              "expect": {
                "status": 0,
                "stdout": [
                  "status: ACTIVE",
                  "ip_address: 192.168.3.6",
                  "device_id: 142"
                ]
              },
              "result": "A new port carries 192.168.3.6 to server 142 (the tutorial shows 14 again; a real cloud gives a new port id)."
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
                  "cyclades.floating_ip:\n        usage: 2\n        limit: 3",
                  "cyclades.vm:\n        usage: 2\n        limit: 8",
                  "cyclades.disk:\n        usage: 80GiB\n        limit: 500GiB"
                ]
              },
              "result": "Two of three floating IPs are used, so one is left."
            },
            {
              "explain": [
                "Reserve two more IPs: the first one works, the second one fails."
              ],
              "command": "kamaki ip create --network-id=1",
              "expect": {
                "status": 0,
                "stdout": [
                  "floating_ip_address: 192.168.3.7",
                  "id: 10"
                ]
              },
              "result": "IP 10 is 192.168.3.7: the last floating IP of your quota."
            },
            {
              "command": "kamaki ip create --network-id=1",
              "expectedFailure": true,
              "expect": {
                "status": 1,
                "stderr": [
                  "(413) REQUEST ENTITY TOO LARGE",
                  "|  Limit for resource 'Floating IP address' exceeded for your account.",
                  "|  Available: 0, Requested: 1"
                ]
              },
              "result": "That is the point of this step: the quota is used up, so the cloud refuses with 413 and reserves nothing."
            },
            {
              "explain": [
                "Release the IP reserved last:"
              ],
              "command": "kamaki ip delete 10",
              "expect": {
                "status": 0
              },
              "result": "IP 10 is released and its quota is free again."
            },
            {
              "section": "Destroy a private network",
              "explain": [
                "Attempt to destroy the public network:"
              ],
              "command": "kamaki network delete 1",
              "expectedFailure": true,
              "expect": {
                "status": 1,
                "stderr": [
                  "(403) Network with id 1 is in use",
                  "FORBIDDEN forbidden (Cannot delete the public network.)"
                ]
              },
              "result": "That is the point of this step: public networks cannot be destroyed with API calls (403 Forbidden)."
            },
            {
              "explain": [
                "Attempt to destroy the private network:"
              ],
              "command": "kamaki network delete 2",
              "expectedFailure": true,
              "expect": {
                "status": 1,
                "stderr": [
                  "(409) Network with id 2 is in use"
                ]
              },
              "result": "That is the point of this step: servers are still connected (ports 11 and 12), so the cloud answers 409 (the tutorial shows the older 403)."
            },
            {
              "explain": [
                "Disconnect the servers first:"
              ],
              "command": "kamaki network disconnect 2 --device-id=141 --device-id=142 --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Port 11 is deleted",
                  "Port 12 is deleted"
                ]
              },
              "result": "Ports 11 and 12 are gone; nothing uses network 2 any more."
            },
            {
              "command": "kamaki network delete 2",
              "expect": {
                "status": 0
              },
              "result": "Network 2 is deleted and its quota released."
            },
            {
              "note": true,
              "explain": [
                "network disconnect is a shortcut for port delete; the long form (not run: the ports are gone):"
              ],
              "command": "kamaki port delete 11 --wait",
              "result": ""
            },
            {
              "section": "Clean up",
              "explain": [
                "Not in the tutorial: give everything back, so your quota is where it started.",
                "Detach and release floating IP 8:"
              ],
              "command": "kamaki ip detach 8 --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Port 13 is deleted"
                ]
              },
              "result": "Port 13 is gone; IP 8 is attached to nothing."
            },
            {
              "command": "kamaki ip delete 8",
              "expect": {
                "status": 0
              },
              "result": "IP 8 is released."
            },
            {
              "command": "kamaki ip detach 9 --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "is deleted"
                ]
              },
              "result": "IP 9 is attached to nothing."
            },
            {
              "command": "kamaki ip delete 9",
              "expect": {
                "status": 0
              },
              "result": "IP 9 is released."
            },
            {
              "command": "kamaki quota list --resource=cyclades.floating_ip",
              "expect": {
                "status": 0,
                "stdout": [
                  "usage: 0\n        limit: 3"
                ]
              },
              "result": "Back to the start: no floating IPs, no private network. That is the end of the networking tutorial; `tutorial reset` restores the starting world."
            }
          ]
        }
        """#
}
