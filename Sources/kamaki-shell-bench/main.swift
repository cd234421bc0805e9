// Completion latency benchmark (filled in below).
