/*
 * Differential-test driver: reads qemu.conf inputs with the installed libvirt's own virConf parser
 * (libvirt0, LIBVIRT_PRIVATE_9.0.0 symbols) and prints, per input, one JSON line with what libvirt
 * stored or the error it reported.
 *
 *   virconf_driver SCRATCH_PATH [--selftest]
 *
 * --selftest checks the layout (below), prints {"selftest":"ok","version":<virGetVersion>} and exits.
 *
 * stdin holds records: a 4-byte little-endian length, then that many bytes. Each record is written to
 * SCRATCH_PATH and read with virConfReadFile(SCRATCH_PATH, 0), exactly as the QEMU driver reads
 * /etc/libvirt/qemu.conf (a file, so NUL bytes and the 10 MiB limit behave as in the daemon;
 * virConfReadString would stop at the first NUL). Output, one line per record:
 *
 *   {"ok":true,"items":[ITEM,...]}
 *   {"ok":false,"code":N,"domain":N,"msg":"<virGetLastErrorMessage()>"}
 *
 *   ITEM  = {"c":HEX}                            standalone comment (text after '#')
 *         | {"n":HEX,"v":"VALUE"[,"c":HEX]}      entry, with its trailing comment if any
 *   VALUE = s:<hex>       VIR_CONF_STRING: the bytes up to the C string's NUL, as lowercase hex
 *         | i:<uint64>    VIR_CONF_LLONG (a '-' was written): the 64 stored bits, as unsigned decimal
 *         | u:<uint64>    VIR_CONF_ULLONG
 *         | [VALUE,...]   VIR_CONF_LIST
 *         | ?:<type>      anything else (never expected)
 *   HEX   = "<bytes as lowercase hex>"
 *
 * VALUE is flat text, printed without recursion, so that lists nested as deep as libvirt itself can
 * read are shown (libvirt recurses: with an 8 MiB stack, 9.0.0 reads about 174 000 levels of `[`
 * and crashes beyond).
 *
 * libvirt-dev ships no header for these private symbols, so the prototypes and structures are declared
 * here as libvirt 9.0.0 lays them out (src/util/virconf.h, src/util/virconf.c). At start-up the layout
 * is checked against libvirt's own accessors (virConfTypeToString, virConfGetValueType/LLong/ULLong/
 * String, virConfWalk); a mismatch exits with status 3 before any record is read. Each record's walk of
 * the entry list is also checked against virConfWalk.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- libvirt 9.0.0, src/util/virconf.h ---------------------------------------------------------- */

typedef enum {
    VIR_CONF_NONE = 0,
    VIR_CONF_LLONG,   /* 1: a '-' was written */
    VIR_CONF_ULLONG,  /* 2: no sign or '+' */
    VIR_CONF_STRING,  /* 3 */
    VIR_CONF_LIST,    /* 4 */
    VIR_CONF_LAST,
} virConfType;

typedef struct _virConfValue virConfValue;
struct _virConfValue {
    virConfType type;    /* offset 0x00 */
    virConfValue *next;  /* offset 0x08: next element when in a list */
    long long l;         /* offset 0x10: both number types (ULLONG stores the bits) */
    char *str;           /* offset 0x18: NUL-terminated string */
    virConfValue *list;  /* offset 0x20: first element of a list */
};

/* ---- libvirt 9.0.0, src/util/virconf.c (private; read only, never allocated here) -------------- */

typedef struct _virConfEntry virConfEntry;
struct _virConfEntry {
    virConfEntry *next;   /* 0x00 */
    char *name;           /* 0x08: NULL for a standalone comment */
    char *comment;        /* 0x10 */
    virConfValue *value;  /* 0x18 */
};

typedef struct _virConf virConf;
struct _virConf {
    char *filename;          /* 0x00 */
    unsigned int flags;      /* 0x08 */
    virConfEntry *entries;   /* 0x10 */
};

typedef int (*virConfWalkCallback)(const char *name, virConfValue *value, void *opaque);

virConf *virConfReadFile(const char *filename, unsigned int flags);
int virConfFree(virConf *conf);
int virConfWalk(virConf *conf, virConfWalkCallback callback, void *opaque);
const char *virConfTypeToString(int type);
int virConfGetValueType(virConf *conf, const char *setting);
int virConfGetValueString(virConf *conf, const char *setting, char **value);
int virConfGetValueLLong(virConf *conf, const char *setting, long long *value);
int virConfGetValueULLong(virConf *conf, const char *setting, unsigned long long *value);

/* ---- public libvirt API (libvirt.h / virterror.h) ------------------------------------------------ */

int virInitialize(void);
int virGetVersion(unsigned long *libVer, const char *type, unsigned long *typeVer);
void virSetErrorFunc(void *userData, void (*handler)(void *userData, void *error));
void virResetLastError(void);
const char *virGetLastErrorMessage(void);
int virGetLastErrorCode(void);
int virGetLastErrorDomain(void);

/* --------------------------------------------------------------------------------------------------- */

static void quiet(void *userData, void *error) { (void)userData; (void)error; }

static void fail(const char *what) {
    fprintf(stderr, "virconf_driver: %s\n", what);
    exit(3);
}

static void put_hex(FILE *out, const unsigned char *p, size_t n) {
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        fputc(digits[p[i] >> 4], out);
        fputc(digits[p[i] & 15], out);
    }
}

/* A C string's bytes as a JSON string of hex digits. */
static void put_hex_str(FILE *out, const char *s) {
    fputc('"', out);
    put_hex(out, (const unsigned char *)s, strlen(s));
    fputc('"', out);
}

static void put_json_string(FILE *out, const char *s) {
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') fprintf(out, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7f) fprintf(out, "\\u%04x", *p);
        else fputc(*p, out);
    }
    fputc('"', out);
}

static void put_scalar(FILE *out, const virConfValue *v) {
    switch (v->type) {
    case VIR_CONF_STRING:
        fputs("s:", out);
        if (v->str) put_hex(out, (const unsigned char *)v->str, strlen(v->str));
        break;
    case VIR_CONF_LLONG:
        fprintf(out, "i:%llu", (unsigned long long)v->l);
        break;
    case VIR_CONF_ULLONG:
        fprintf(out, "u:%llu", (unsigned long long)v->l);
        break;
    default:
        fprintf(out, "?:%d", (int)v->type);
        break;
    }
}

/* A value as flat VALUE text, walking nested lists with an explicit stack of the open lists. */
static void put_value(FILE *out, const virConfValue *top) {
    size_t depth = 0, cap = 0;
    const virConfValue **open = NULL;
    const virConfValue *cur = top;
    fputc('"', out);
    for (;;) {
        if (cur->type == VIR_CONF_LIST) {
            fputc('[', out);
            if (cur->list) {
                if (depth == cap) {
                    cap = cap ? cap * 2 : 64;
                    open = realloc(open, cap * sizeof *open);
                    if (!open) fail("out of memory");
                }
                open[depth++] = cur;
                cur = cur->list;
                continue;
            }
            fputc(']', out);
        } else {
            put_scalar(out, cur);
        }
        /* cur is complete: go on with its next sibling, or close the lists it ends. */
        while (depth > 0 && !cur->next) {
            fputc(']', out);
            cur = open[--depth];
        }
        if (depth == 0) break;
        fputc(',', out);
        cur = cur->next;
    }
    fputc('"', out);
    free(open);
}

/* virConfWalk visits the named entries in order; they must be the ones the direct walk sees. */
struct walk_check {
    const virConfEntry *next;
    int ok;
};

static const virConfEntry *next_named(const virConfEntry *e) {
    while (e && !(e->name && e->value)) e = e->next;
    return e;
}

static int walk_cb(const char *name, virConfValue *value, void *opaque) {
    struct walk_check *check = opaque;
    const virConfEntry *e = next_named(check->next);
    if (!e || e->name != name || e->value != value) {
        check->ok = 0;
        return -1;
    }
    check->next = e->next;
    return 0;
}

static void check_walk(virConf *conf) {
    struct walk_check check = { conf->entries, 1 };
    if (virConfWalk(conf, walk_cb, &check) < 0 || !check.ok || next_named(check.next))
        fail("the entry list does not match virConfWalk: structure layout differs from libvirt 9.0.0");
}

static void write_file(const char *path, const unsigned char *data, size_t len) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) fail("cannot open the scratch file");
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot write the scratch file");
        }
        done += (size_t)n;
    }
    if (close(fd) < 0) fail("cannot close the scratch file");
}

static void read_one(FILE *out, const char *path, const unsigned char *data, size_t len) {
    write_file(path, data, len);
    virResetLastError();
    virConf *conf = virConfReadFile(path, 0);
    if (!conf) {
        const char *msg = virGetLastErrorMessage();
        fprintf(out, "{\"ok\":false,\"code\":%d,\"domain\":%d,\"msg\":", virGetLastErrorCode(), virGetLastErrorDomain());
        put_json_string(out, msg ? msg : "");
        fputs("}\n", out);
        return;
    }
    check_walk(conf);
    fputs("{\"ok\":true,\"items\":[", out);
    for (const virConfEntry *e = conf->entries; e; e = e->next) {
        if (e->name) {
            fputs("{\"n\":", out);
            put_hex_str(out, e->name);
            fputs(",\"v\":", out);
            if (e->value) put_value(out, e->value);
            else fputs("null", out);
            if (e->comment) {
                fputs(",\"c\":", out);
                put_hex_str(out, e->comment);
            }
            fputc('}', out);
        } else {
            fputs("{\"c\":", out);
            put_hex_str(out, e->comment ? e->comment : "");
            fputc('}', out);
        }
        if (e->next) fputc(',', out);
    }
    fputs("]}\n", out);
    virConfFree(conf);
}

/* The declared layout against libvirt's own accessors, on a file that uses every value type. */
static void self_test(const char *path) {
    static const char *const names[] = { "*unexpected*", "long", "unsigned long", "string", "list" };
    for (int t = VIR_CONF_NONE; t < VIR_CONF_LAST; t++) {
        const char *s = virConfTypeToString(t);
        if (!s || strcmp(s, names[t]) != 0) fail("virConfType values differ from libvirt 9.0.0");
    }
    static const char text[] = "# head\na = -5\nb = 18446744073709551615 # tail\nc = 'xy'\nd = [ 1, \"z\", [] ]\n";
    write_file(path, (const unsigned char *)text, sizeof text - 1);
    virConf *conf = virConfReadFile(path, 0);
    if (!conf) fail("self-test file was refused");
    check_walk(conf);
    const virConfEntry *e = conf->entries;
    if (!e || e->name || !e->comment || strcmp(e->comment, " head") != 0) fail("comment entry layout");
    long long ll = 0;
    unsigned long long ull = 0;
    char *str = NULL;
    e = e->next;
    if (!e || strcmp(e->name, "a") != 0 || e->value->type != VIR_CONF_LLONG || virConfGetValueType(conf, "a") != VIR_CONF_LLONG
        || virConfGetValueLLong(conf, "a", &ll) != 1 || ll != -5 || e->value->l != -5)
        fail("signed number layout");
    e = e->next;
    if (!e || strcmp(e->name, "b") != 0 || e->value->type != VIR_CONF_ULLONG || virConfGetValueULLong(conf, "b", &ull) != 1
        || ull != 18446744073709551615ULL || (unsigned long long)e->value->l != ull || !e->comment || strcmp(e->comment, " tail") != 0)
        fail("unsigned number / trailing comment layout");
    e = e->next;
    if (!e || strcmp(e->name, "c") != 0 || e->value->type != VIR_CONF_STRING || virConfGetValueString(conf, "c", &str) != 1
        || strcmp(str, "xy") != 0 || strcmp(e->value->str, "xy") != 0)
        fail("string layout");
    free(str);
    e = e->next;
    const virConfValue *l = e ? e->value : NULL;
    if (!l || virConfGetValueType(conf, "d") != VIR_CONF_LIST || l->type != VIR_CONF_LIST || !l->list
        || l->list->type != VIR_CONF_ULLONG || l->list->l != 1 || !l->list->next || l->list->next->type != VIR_CONF_STRING
        || strcmp(l->list->next->str, "z") != 0 || !l->list->next->next || l->list->next->next->type != VIR_CONF_LIST
        || l->list->next->next->list != NULL || l->list->next->next->next != NULL || e->next != NULL)
        fail("list layout");
    virConfFree(conf);
}

static int read_exact(unsigned char *buf, size_t len) {
    size_t done = 0;
    while (done < len) {
        size_t n = fread(buf + done, 1, len - done, stdin);
        if (n == 0) return done == 0 ? 0 : -1;
        done += n;
    }
    return 1;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s SCRATCH_PATH [--selftest]\n", argv[0]);
        return 2;
    }
    const char *path = argv[1];
    if (virInitialize() < 0) fail("virInitialize failed");
    virSetErrorFunc(NULL, quiet);
    self_test(path);
    if (argc > 2 && strcmp(argv[2], "--selftest") == 0) {
        unsigned long version = 0;
        if (virGetVersion(&version, NULL, NULL) < 0) fail("virGetVersion failed");
        printf("{\"selftest\":\"ok\",\"version\":%lu}\n", version);
        return 0;
    }
    unsigned char *buf = NULL;
    size_t cap = 0;
    for (;;) {
        unsigned char head[4];
        int r = read_exact(head, 4);
        if (r == 0) break;
        if (r < 0) fail("truncated record header");
        size_t len = (size_t)head[0] | (size_t)head[1] << 8 | (size_t)head[2] << 16 | (size_t)head[3] << 24;
        if (len + 1 > cap) {
            cap = len + 1;
            buf = realloc(buf, cap);
            if (!buf) fail("out of memory");
        }
        if (len > 0 && read_exact(buf, len) != 1) fail("truncated record");
        read_one(stdout, path, buf, len);
        fflush(stdout);
    }
    free(buf);
    return 0;
}
