"""Two catalogs for figures taken per member: a snake_case shop with declared keys where some customers placed no
order, and a PascalCase support desk with no declared keys (agents, tickets with a nullable satisfaction score,
replies)."""

from __future__ import annotations

import duckdb


def corner_shop(path: str = ":memory:") -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(path)
    con.execute(
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, city VARCHAR, phone VARCHAR)"
    )
    con.execute(
        """INSERT INTO customers SELECT i, 'Customer ' || i, ['Oslo', 'Lima', 'Pune'][1 + i % 3],
        CASE WHEN i % 4 = 0 THEN NULL ELSE '555-01' || i END FROM range(1, 31) t(i)"""
    )
    con.execute("CREATE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR, price DECIMAL(10,2))")
    con.execute("INSERT INTO products SELECT i, 'Product ' || i, 4 + (i * 37) % 60 FROM range(1, 16) t(i)")
    con.execute(
        """CREATE TABLE orders(order_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), ordered_on DATE, coupon_code VARCHAR,
        refunded BOOLEAN, total_amount DECIMAL(10,2))"""
    )
    # Customers 1..20 place orders (unevenly); 21..30 place none.
    con.execute(
        """INSERT INTO orders SELECT i, 1 + (i * i) % 20, DATE '2024-01-01' + CAST(i * 3 AS INTEGER),
        CASE WHEN i % 5 = 0 THEN 'SAVE' || i ELSE NULL END, i % 7 = 0, 10 + (i * 13) % 90 FROM range(1, 61) t(i)"""
    )
    con.execute(
        """CREATE TABLE order_items(order_item_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id),
        product_id INTEGER REFERENCES products(product_id), quantity INTEGER)"""
    )
    con.execute(
        """INSERT INTO order_items SELECT row_number() OVER (), o, 1 + (o * 3 + k) % 15, 1 + (o + k) % 3
        FROM range(1, 61) x(o), range(3) y(k) WHERE k <= o % 3"""
    )
    return con


def support_desk(path: str = ":memory:") -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(path)
    con.execute('CREATE TABLE "Agents"("AgentId" INTEGER, "AgentName" VARCHAR, "Team" VARCHAR)')
    con.execute(
        """INSERT INTO "Agents" SELECT i, 'Agent ' || i, ['Billing', 'Tech'][1 + i % 2] FROM range(1, 11) t(i)"""
    )
    # Agents 1..8 hold tickets; 9 and 10 hold none.
    con.execute(
        'CREATE TABLE "Tickets"("TicketId" INTEGER, "AgentId" INTEGER, "Priority" VARCHAR, '
        '"SatisfactionScore" INTEGER, "OpenedAt" TIMESTAMP, "ResolvedAt" TIMESTAMP, "CustomerId" INTEGER)'
    )
    con.execute(
        """INSERT INTO "Tickets" SELECT i, 1 + ((i * 3) % 13) % 8, ['Low', 'Medium', 'High'][1 + i % 3],
        CASE WHEN i % 5 = 2 THEN NULL ELSE 1 + i % 5 END,
        TIMESTAMP '2024-03-01 08:00:00' + INTERVAL (i * 7) HOUR,
        TIMESTAMP '2024-03-01 08:00:00' + INTERVAL (i * 7 + 1 + (i * 11) % 30 + ((i * 3) % 13 % 8) * 3) HOUR,
        100 + (i * 7) % 17
        FROM range(1, 49) t(i)"""
    )
    con.execute('CREATE TABLE "Replies"("ReplyId" INTEGER, "TicketId" INTEGER, "SentAt" TIMESTAMP, "Body" VARCHAR)')
    # Tickets divisible by 4 get no reply.
    con.execute(
        """INSERT INTO "Replies" SELECT row_number() OVER (), t, TIMESTAMP '2024-03-02 09:00:00' + INTERVAL (t + k) HOUR,
        'Reply ' || k FROM range(1, 49) x(t), range(4) y(k) WHERE t % 4 <> 0 AND k <= (t * 7) % 4"""
    )
    return con
