import os

import psycopg2
import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
cache = redis.Redis(host=os.environ.get("REDIS_HOST", "redis"), port=6379)


def db():
    return psycopg2.connect(
        host=os.environ.get("DB_HOST", "postgres"),
        dbname="todo",
        user="todo",
        password=os.environ["DB_PASSWORD"],
    )


@app.get("/todos")
def list_todos():
    cached = cache.get("todos")
    if cached:
        return app.response_class(cached, mimetype="application/json")
    with db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, title, done FROM todos ORDER BY id")
        todos = [{"id": r[0], "title": r[1], "done": r[2]} for r in cur.fetchall()]
    response = jsonify(todos)
    cache.set("todos", response.get_data(), ex=30)
    return response


@app.post("/todos")
def add_todo():
    title = request.get_json()["title"]
    with db() as conn, conn.cursor() as cur:
        cur.execute("INSERT INTO todos (title, done) VALUES (%s, false) RETURNING id", (title,))
        new_id = cur.fetchone()[0]
    cache.delete("todos")
    return jsonify({"id": new_id, "title": title, "done": False}), 201


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
