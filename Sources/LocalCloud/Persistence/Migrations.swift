import GRDB

/// The schema of the state file. Times are integer microseconds (UTC); IPv4 addresses are integers.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: schemaV1)
        }
        // Flavors, images and keypairs; the catalog's flavors and images are planted here so that
        // state files made before them get them too.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: schemaV2)
            try SeedCatalog.plant(db)
        }
        migrator.registerMigration("v3-servers") { db in
            try db.execute(sql: serversV3)
        }
        // The tutorial world's servers named an image the catalog never had; state files seeded
        // before get the catalog's Debian image their metadata describes, as new ones are seeded.
        migrator.registerMigration("v4-seeded-servers-image") { db in
            try db.execute(
                sql: "UPDATE servers SET image_id = ? WHERE image_id = '0e8d0a3f-43e4-4a3a-9b4f-2c3f2a1e5b0d'",
                arguments: [SeedWorld.serversImage])
        }
        return migrator
    }

    private static let schemaV1 = """
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT NOT NULL,
            token TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL
        );
        CREATE TABLE quotas (
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            resource TEXT NOT NULL,
            quota_limit INTEGER NOT NULL,
            usage INTEGER NOT NULL CHECK (usage >= 0),
            PRIMARY KEY (user_id, resource)
        ) WITHOUT ROWID;
        CREATE TABLE servers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            flavor_id INTEGER NOT NULL,
            image_id TEXT NOT NULL,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            deleted INTEGER
        );
        CREATE INDEX servers_user ON servers(user_id);
        CREATE TABLE networks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id TEXT,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            public INTEGER NOT NULL,
            floating_ip_pool INTEGER NOT NULL,
            instantiated INTEGER NOT NULL DEFAULT 0,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            deleted INTEGER
        );
        CREATE INDEX networks_user ON networks(user_id);
        CREATE TABLE subnets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            network_id INTEGER NOT NULL REFERENCES networks(id),
            user_id TEXT,
            name TEXT NOT NULL,
            ip_version INTEGER NOT NULL,
            cidr TEXT NOT NULL,
            gateway TEXT,
            enable_dhcp INTEGER NOT NULL,
            dns_nameservers TEXT NOT NULL,
            host_routes TEXT NOT NULL,
            pools TEXT NOT NULL,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            deleted INTEGER
        );
        CREATE INDEX subnets_network ON subnets(network_id);
        CREATE TABLE floating_ips (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            network_id INTEGER NOT NULL REFERENCES networks(id),
            subnet_id INTEGER NOT NULL REFERENCES subnets(id),
            address INTEGER NOT NULL,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            deleted INTEGER
        );
        CREATE INDEX floating_ips_user ON floating_ips(user_id);
        CREATE UNIQUE INDEX floating_ips_address ON floating_ips(network_id, address) WHERE deleted IS NULL;
        CREATE TABLE ports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            network_id INTEGER NOT NULL REFERENCES networks(id),
            device_id INTEGER REFERENCES servers(id),
            name TEXT NOT NULL,
            subnet_id INTEGER,
            ipv4 INTEGER,
            floating_ip_id INTEGER REFERENCES floating_ips(id),
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            ready_at INTEGER NOT NULL,
            deleting_since INTEGER,
            gone_at INTEGER
        );
        CREATE INDEX ports_user ON ports(user_id);
        CREATE INDEX ports_network ON ports(network_id);
        CREATE INDEX ports_device ON ports(device_id);
        CREATE UNIQUE INDEX ports_floating_ip ON ports(floating_ip_id) WHERE floating_ip_id IS NOT NULL;
        CREATE UNIQUE INDEX ports_ipv4 ON ports(network_id, ipv4) WHERE ipv4 IS NOT NULL AND floating_ip_id IS NULL;
        """

    private static let schemaV2 = """
        CREATE TABLE flavors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            vcpus INTEGER NOT NULL,
            ram INTEGER NOT NULL,
            disk INTEGER NOT NULL,
            disk_template TEXT NOT NULL
        );
        CREATE TABLE images (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            owner TEXT NOT NULL,
            status TEXT NOT NULL,
            is_public INTEGER NOT NULL,
            size INTEGER NOT NULL,
            disk_format TEXT NOT NULL,
            container_format TEXT NOT NULL,
            checksum TEXT NOT NULL,
            location TEXT NOT NULL,
            properties TEXT NOT NULL,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            deleted INTEGER
        ) WITHOUT ROWID;
        CREATE TABLE keypairs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            public_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            UNIQUE (user_id, name)
        );
        """
}
