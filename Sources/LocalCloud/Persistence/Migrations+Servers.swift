import GRDB

extension Migrations {
    /// Servers that are built, acted on and deleted: the pending task and when it settles, the key names,
    /// what the server was charged (so its quotas are released exactly), and its metadata.
    ///
    /// Servers seeded before this migration keep the metadata and charges they were shown and counted
    /// with; the VM and CPU limits rise to the server guide's (8 VMs, 16 CPUs), and the hidden
    /// `total_cpu`/`total_ram` holdings are added with the usage of the servers that exist.
    static let serversV3 = """
        ALTER TABLE servers ADD COLUMN task TEXT;
        ALTER TABLE servers ADD COLUMN interim TEXT;
        ALTER TABLE servers ADD COLUMN task_until INTEGER;
        ALTER TABLE servers ADD COLUMN key_names TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE servers ADD COLUMN vcpus INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE servers ADD COLUMN ram INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE servers ADD COLUMN disk INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE server_metadata (
            server_id INTEGER NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (server_id, key)
        ) WITHOUT ROWID;
        INSERT INTO server_metadata (server_id, key, value) SELECT id, 'OS', 'debian' FROM servers;
        INSERT INTO server_metadata (server_id, key, value) SELECT id, 'users', 'root' FROM servers;
        UPDATE servers SET vcpus = 2, ram = 4831838208, disk = 42949672960 WHERE user_id = 's0m3-u53r-1d';
        UPDATE servers SET vcpus = 1, ram = 1073741824, disk = 21474836480 WHERE user_id <> 's0m3-u53r-1d';
        UPDATE quotas SET quota_limit = MAX(quota_limit, 8) WHERE resource = 'cyclades.vm';
        UPDATE quotas SET quota_limit = MAX(quota_limit, 16) WHERE resource = 'cyclades.cpu';
        INSERT INTO quotas (user_id, resource, quota_limit, usage)
            SELECT id, 'cyclades.total_cpu', 32,
                (SELECT COALESCE(SUM(vcpus), 0) FROM servers WHERE user_id = users.id AND deleted IS NULL) FROM users;
        INSERT INTO quotas (user_id, resource, quota_limit, usage)
            SELECT id, 'cyclades.total_ram', 80 * 1073741824,
                (SELECT COALESCE(SUM(ram), 0) FROM servers WHERE user_id = users.id AND deleted IS NULL) FROM users;
        """
}
