# A short script: load the customers and transactions CSV files into a bare SQLite schema.
import csv, sqlite3, sys, time
d = sys.argv[1]
t0 = time.time()
db = sqlite3.connect(d + "/bare-python.db")
db.execute("PRAGMA journal_mode=WAL")
db.execute("CREATE TABLE customer (account TEXT, name TEXT, grp TEXT, currency TEXT, vendor_account TEXT, iban TEXT, bic TEXT)")
db.execute("CREATE TABLE txn (customer TEXT, date TEXT, type TEXT, document TEXT, amount TEXT, currency TEXT, due_date TEXT)")
with open(d + "/customers.csv", newline="", encoding="utf-8-sig") as f:
    r = csv.DictReader(f)
    db.executemany("INSERT INTO customer VALUES (?,?,?,?,?,?,?)",
                   ((x["account"], x["name"], x["group"], x["currency"], x.get("vendor_account"), x.get("iban"), x.get("bic")) for x in r))
with open(d + "/transactions.csv", newline="", encoding="utf-8-sig") as f:
    r = csv.DictReader(f)
    db.executemany("INSERT INTO txn VALUES (?,?,?,?,?,?,?)",
                   ((x["customer"], x["date"], x["type"], x["document"], x["amount"], x.get("currency"), x.get("due_date")) for x in r))
db.commit()
print(f"python bare load: {time.time() - t0:.2f} s")
