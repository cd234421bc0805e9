// kamaki's "Creating Servers" guide (docs/examplesdir/server.rst), adapted to the embedded cloud's
// tutorial world, as the JSON a ``Tutorial`` decodes. Compiled into the binary, as the networking
// tutorial is (NetworkTutorial.swift says why).

extension Tutorial {
    static let serversJSON = #"""
        {
          "name": "servers",
          "title": "Servers: flavors, images, keypairs, networks and clusters",
          "source": "kamaki's documentation, server.rst",
          "steps": [
            {
              "section": "Create a virtual server",
              "explain": [
                "A server (a virtual machine) is made from an image and a hardware setup, its flavor.",
                "List the available flavors:"
              ],
              "command": "kamaki flavor list -l",
              "expect": {
                "status": 0,
                "stdout": [
                  "1 C1R128D1drbd",
                  "SNF:disk_template: drbd",
                  "2 C1R128D1plain",
                  "SNF:disk_template: plain"
                ]
              },
              "result": "Two flavors, the same hardware (1 CPU, 128 MB of RAM, a 1 GB disk) on two disk templates: drbd (replicated) and plain."
            },
            {
              "explain": [
                "List the available images:"
              ],
              "command": "kamaki image list",
              "expect": {
                "status": 0,
                "stdout": [
                  "f1r57-1m4g3-1d Debian Base Alpha",
                  "53c0nd-1m4g3-1d Beta Debian Base"
                ]
              },
              "result": "Two Debian images. Their ids are what --image-id takes."
            },
            {
              "explain": [
                "Create 'My First Server' from flavor 1 (C1R128D1drbd) and the image Debian Base Alpha:"
              ],
              "command": "kamaki server create --name='My First Server' --flavor-id=1 --image-id=f1r57-1m4g3-1d",
              "expect": {
                "status": 0,
                "stdout": [
                  "id: 144",
                  "name: My First Server",
                  "status: BUILD",
                  "adminPass: ",
                  "os: debian"
                ]
              },
              "result": "Server 144 is building (the guide's is 141: this world already has servers 141 and 142, and another user's 143). adminPass is shown this once and stored nowhere: write it down. The image's properties became the server's metadata (os, users)."
            },
            {
              "explain": [
                "Wait for the server to build (optional):"
              ],
              "command": "kamaki server wait 144",
              "expect": {
                "status": 0,
                "stderr": [
                  "Server 144 status: ACTIVE"
                ]
              },
              "result": "Server 144 is ACTIVE: built and started."
            },
            {
              "explain": [
                "Destroy it (waiting is still optional):"
              ],
              "command": "kamaki server delete 144 --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Server 144 status: DELETED"
                ]
              },
              "result": "Server 144 is destroyed; its VM, CPU, RAM and disk quota is given back."
            },
            {
              "section": "Create servers with networks",
              "explain": [
                "A server on the public network needs a floating IP of yours. Reserve one:"
              ],
              "command": "kamaki ip create --network-id=1",
              "expect": {
                "status": 0,
                "stdout": [
                  "id: 8",
                  "floating_ip_address: 192.168.3.5",
                  "instance_id: None"
                ]
              },
              "result": "IP 8, 192.168.3.5, is reserved on the public network 1 (the guide's 123.456.78.90; the guide lists an IP it already had, this world has none yet)."
            },
            {
              "explain": [
                "--network NETWORK,IP connects the new server to network 1 with that IP:"
              ],
              "command": "kamaki server create --network=1,192.168.3.5 --name='Extrovert Server' --flavor-id=1 --image-id=f1r57-1m4g3-1d",
              "expect": {
                "status": 0,
                "stdout": [
                  "id: 145",
                  "name: Extrovert Server",
                  "status: BUILD"
                ]
              },
              "result": "Server 145 is building with a port on network 1 that carries the IP 192.168.3.5."
            },
            {
              "explain": [
                "A private network needs no IP. Create one (the guide's 7 and 9 already existed there):"
              ],
              "command": "kamaki network create --name='A custom private network'",
              "expect": {
                "status": 0,
                "stdout": [
                  "id: 2",
                  "name: A custom private network"
                ]
              },
              "result": "Network 2 is a private network of yours."
            },
            {
              "explain": [
                "Repeat --network for more connections; without --network the cloud's default policy applies, and",
                "--no-network makes a server with no connection at all."
              ],
              "command": "kamaki server create --network=2 --name='Introvert Server' --flavor-id=1 --image-id=f1r57-1m4g3-1d",
              "expect": {
                "status": 0,
                "stdout": [
                  "id: 146",
                  "name: Introvert Server"
                ]
              },
              "result": "Server 146 is building, connected only to the private network 2."
            },
            {
              "section": "Create, update and use SSH keys",
              "explain": [
                "SSH keys give passwordless access to servers. A keypair is a public key with a name.",
                "Upload a public key:"
              ],
              "command": "kamaki keypair upload --key-name \"My Uploaded Key\" --public-key \"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC4qiHrLE33kWpLTHplB6SZ2eU3oq/tYGaIdEJOByZHwOAcbC/lBIhwBnAkatyv9YJ27WxfT+JV1B/ugntk0hZmtewFovdylog53e5hgdzVrzZyvugPf6zZiqckMzrubNN3UGSC47PQbiFPvlRVp6sCVj8i4MILVo4ZlGjX7qptTMNJcZhvc7TUc8b0WbBo+lbJIjTSP/jwqxGyEAVDCJAHf1aBcqD1zNXRB0sXzjz41nv2tu512SS6Y2l5vGaPap1S3GWE1VkuqmtM+m8zzEXtJgvtpMhjOC5aMG4Q+OCq1EP176A8kIlLZAU1qaGrjhFtE3IFN/SCmgVOAPb76IDv\"",
              "expect": {
                "status": 0,
                "stdout": [
                  "name: My Uploaded Key",
                  "fingerprint: aa:b7:cf:74:42:92:e4:cf:73:0b:2a:3e:63:ef:7f:ea"
                ]
              },
              "result": "The key is in your wallet as 'My Uploaded Key'; its fingerprint is the MD5 of the key, as in the guide."
            },
            {
              "explain": [
                "Or let the cloud generate one, shown as JSON:"
              ],
              "command": "kamaki keypair generate --key-name \"My Generated Key\" --output-format json",
              "expect": {
                "status": 0,
                "stdout": [
                  "\"name\": \"My Generated Key\"",
                  "-----BEGIN RSA PRIVATE KEY-----",
                  "\"fingerprint\": "
                ]
              },
              "result": "The cloud made a new RSA key. The private key is shown this once and not kept by the cloud: save it (e.g. to ~/.ssh/, mode 0600)."
            },
            {
              "explain": [
                "The wallet now holds:"
              ],
              "command": "kamaki keypair list",
              "expect": {
                "status": 0,
                "stdout": [
                  "My Generated Key",
                  "My Uploaded Key",
                  "fingerprint: aa:b7:cf:74:42:92:e4:cf:73:0b:2a:3e:63:ef:7f:ea"
                ]
              },
              "result": "Both keys, with their fingerprints."
            },
            {
              "explain": [
                "Create a server with the generated key:"
              ],
              "command": "kamaki server create --name \"My Client's Server\" --flavor-id=1 --image-id=f1r57-1m4g3-1d --key-name \"My Generated Key\"",
              "expect": {
                "status": 0,
                "stdout": [
                  "id: 147",
                  "key_name: My Generated Key"
                ]
              },
              "result": "Server 147 will accept the generated key."
            },
            {
              "explain": [
                "And one with the uploaded key:"
              ],
              "command": "kamaki server create --name \"My Personal Server\" --flavor-id=1 --image-id=f1r57-1m4g3-1d --key-name \"My Uploaded Key\"",
              "expect": {
                "status": 0,
                "stdout": [
                  "id: 148",
                  "key_name: My Uploaded Key"
                ]
              },
              "result": "Server 148 will accept the uploaded key. (The guide also puts it on network 1 with its IP; here that IP is on server 145 already.)"
            },
            {
              "section": "Inject files into a server",
              "explain": [
                "Files can also be injected at creation (personality): -p LOCAL[,SERVER_PATH[,OWNER[,GROUP[,MODE]]]].",
                "For instance, your public key as root's authorized_keys (not run here: it needs a key file of yours):"
              ],
              "command": "kamaki server create --name='My Personal Server' --flavor-id=1 --image-id=f1r57-1m4g3-1d -p ~/.ssh/id_rsa.pub,/root/.ssh/authorized_keys,root,root,0600",
              "note": true,
              "result": ""
            },
            {
              "section": "Clusters of virtual servers",
              "explain": [
                "The VM limit of this account is 8; 6 are in use. Delete the servers made so far (one id at a time):"
              ],
              "command": "kamaki server delete 145 --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Server 145 status: DELETED"
                ]
              },
              "result": "Server 145 is gone; IP 192.168.3.5 stays reserved by you, attached to nothing."
            },
            {
              "command": "kamaki server delete 146 --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Server 146 status: DELETED"
                ]
              },
              "result": "Server 146 is gone."
            },
            {
              "command": "kamaki server delete 147 --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Server 147 status: DELETED"
                ]
              },
              "result": "Server 147 is gone."
            },
            {
              "command": "kamaki server delete 148 --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "Server 148 status: DELETED"
                ]
              },
              "result": "Server 148 is gone: back to the two servers of the tutorial world."
            },
            {
              "explain": [
                "A cluster is servers whose names share a prefix, numbered from 1. Create four and wait for them:"
              ],
              "command": "kamaki server create --name='my cluster ' --flavor-id=1 --image-id=f1r57-1m4g3-1d --cluster-size=4 --wait",
              "expect": {
                "status": 0,
                "stdout": [
                  "name: my cluster 1",
                  "name: my cluster 2",
                  "name: my cluster 3",
                  "name: my cluster 4",
                  "adminPass: "
                ]
              },
              "result": "Four servers named 'my cluster 1' to 'my cluster 4', created at once (--threads, 8 by default; kamaki 0.16 made them one at a time) and waited for. Each adminPass is on standard output; the progress on standard error."
            },
            {
              "explain": [
                "List the servers whose names start with the prefix:"
              ],
              "command": "kamaki server list --name-prefix='my cluster '",
              "expect": {
                "status": 0,
                "stdout": [
                  "my cluster 1",
                  "my cluster 2",
                  "my cluster 3",
                  "my cluster 4"
                ]
              },
              "result": "The cluster: four servers."
            },
            {
              "explain": [
                "Four more will not fit: only 2 VMs are left in the quota."
              ],
              "command": "kamaki server create --name='my cluster ' --flavor-id=1 --image-id=f1r57-1m4g3-1d --cluster-size=4 --wait",
              "expectedFailure": true,
              "expect": {
                "status": 1,
                "stderr": [
                  "Failed to build 4 servers",
                  "(413) REQUEST ENTITY TOO LARGE",
                  "Limit for resource 'Virtual Machine' exceeded for your account.",
                  "Available: 0, Requested: 1"
                ]
              },
              "result": "That is the point of this step: two servers fit in the quota, the third hit the VM limit (413). kamaki says which servers were made, so you can keep or remove them."
            },
            {
              "explain": [
                "The cluster is messed up:"
              ],
              "command": "kamaki server list --name-prefix='my cluster '",
              "expect": {
                "status": 0,
                "stdout": [
                  "my cluster 1",
                  "my cluster 4"
                ]
              },
              "result": "Six servers share the prefix now, two of them named 'my cluster 1' and 'my cluster 2' twice."
            },
            {
              "explain": [
                "Destroy every server whose name starts with the prefix (careful: 'my cluster_of_stars' would go too):"
              ],
              "command": "kamaki server delete --cluster 'my cluster ' --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "status: DELETED"
                ]
              },
              "result": "All six are destroyed."
            },
            {
              "explain": [
                "Rebuild it, this time with a key for all of them:"
              ],
              "command": "kamaki server create --name='my new cluster ' --flavor-id=1 --image-id=f1r57-1m4g3-1d --cluster-size=4 --wait --key-name 'My Uploaded Key'",
              "expect": {
                "status": 0,
                "stdout": [
                  "name: my new cluster 1",
                  "name: my new cluster 4",
                  "key_name: My Uploaded Key"
                ]
              },
              "result": "Four servers that accept the uploaded key: no passwords to write down."
            },
            {
              "command": "kamaki server list --name-prefix='my new cluster '",
              "expect": {
                "status": 0,
                "stdout": [
                  "my new cluster 1",
                  "my new cluster 2",
                  "my new cluster 3",
                  "my new cluster 4"
                ]
              },
              "result": "The new cluster."
            },
            {
              "section": "Clean up",
              "explain": [
                "Put the world back as it was: the cluster, the keys, the network and the IP."
              ],
              "command": "kamaki server delete --cluster 'my new cluster ' --wait",
              "expect": {
                "status": 0,
                "stderr": [
                  "status: DELETED"
                ]
              },
              "result": "The cluster is destroyed."
            },
            {
              "command": "kamaki keypair delete \"My Uploaded Key\"",
              "expect": {
                "status": 0
              },
              "result": "The uploaded key is removed from the wallet."
            },
            {
              "command": "kamaki keypair delete \"My Generated Key\"",
              "expect": {
                "status": 0
              },
              "result": "The generated key is removed too (the private key you saved still works on servers that have it)."
            },
            {
              "command": "kamaki network delete 2",
              "expect": {
                "status": 0
              },
              "result": "The private network is deleted."
            },
            {
              "command": "kamaki ip delete 8",
              "expect": {
                "status": 0
              },
              "result": "IP 192.168.3.5 is released."
            },
            {
              "command": "kamaki quota list --resource=cyclades.vm",
              "expect": {
                "status": 0,
                "stdout": [
                  "usage: 2\n        limit: 8"
                ]
              },
              "result": "Back to the start: 2 servers of 8. That is the end of the servers tutorial; `tutorial reset` restores the starting world."
            }
          ]
        }
        """#
}
