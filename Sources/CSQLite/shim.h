#include <sqlite3.h>

// sqlite3_config is variadic, which Swift cannot call; this wraps the one option we use.
static inline int apoa_sqlite3_config_memstatus(int on) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, on);
}
