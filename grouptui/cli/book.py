"""Commands about the book itself: init, new-year, info, demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from grouptui.cli.state import State, UserError, clock, echo, print_json, print_table
from grouptui.i18n import t

ORDER = 10


commands = typer.Typer()


@commands.command("init", help="help_init")
def init(
    ctx: typer.Context,
    group: str = typer.Option(..., "--group", help="opt_group"),
    year: str = typer.Option(..., "--year", help="opt_year"),
    township: str = typer.Option("", "--township", help="opt_township"),
    template: str = typer.Option("", "--template", help="opt_template"),
    force: bool = typer.Option(False, "--force", help="opt_force_init"),
) -> None:
    from grouptui.store.book import (
        default_book_name,
        validate_group_name,
        validate_year,
    )
    from grouptui.store.config import data_dir, device_id, remember_book
    from grouptui.store.newbook import create_book

    state: State = ctx.obj
    group_name = validate_group_name(group)
    year_n = validate_year(year)
    path = state.book or data_dir() / "books" / default_book_name(group_name, year_n)
    create_book(
        path,
        group=group_name,
        year=year_n,
        township=township,
        template=template,
        device=device_id(),
        clock=clock(),
        force=force,
    ).close()
    remember_book(path)
    echo(t("init_done", path=path))


@commands.command("new-year", help="help_new_year")
def new_year(
    ctx: typer.Context,
    year: str | None = typer.Option(None, "--year", help="opt_year"),
    force: bool = typer.Option(False, "--force", help="opt_force_init"),
) -> None:
    from grouptui.store.book import validate_year
    from grouptui.store.config import device_id, remember_book
    from grouptui.store.yearbook import start_next_year

    state: State = ctx.obj
    target = validate_year(year) if year is not None else None
    with state.open_book() as book:
        path = start_next_year(book, year=target, device=device_id(), clock=clock(), force=force)
    remember_book(path)
    echo(t("new_year_done", year=target or book.meta.year + 1, path=path))


@commands.command("info", help="help_info")
def info(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    state: State = ctx.obj
    with state.open_book() as book:
        meta = book.meta
        data: dict[str, Any] = {
            "path": str(book.path.resolve()),
            "group": meta.group,
            "township": meta.township,
            "year": meta.year,
            "schema": meta.schema,
            "book_id": meta.book_id,
            "devices": list(meta.devices),
            "counts": book.counts(),
            "conflicts": book.conflict_count(),
            "backups": [
                {
                    "path": str(b.path),
                    "taken": b.taken.isoformat(timespec="seconds"),
                    "size": b.size,
                }
                for b in book.backups()
            ],
        }
    if as_json:
        print_json(data)
        return
    rows = [
        (t("info_path"), data["path"]),
        (t("info_group"), data["group"]),
        (t("info_township"), data["township"]),
        (t("info_year"), data["year"]),
        (t("info_schema"), data["schema"]),
        (t("info_book_id"), data["book_id"]),
        (t("info_devices"), ", ".join(data["devices"])),
    ]
    rows += [(t(f"table_{k}"), v) for k, v in data["counts"].items()]
    rows.append((t("info_conflicts"), data["conflicts"]))
    backups = data["backups"] or [{"path": t("info_no_backups"), "taken": "", "size": ""}]
    for i, b in enumerate(backups):
        rows.append((t("info_backups") if i == 0 else "", f"{b['taken']}  {b['path']}"))
    print_table(["", ""], rows)


@commands.command("demo", help="help_demo")
def demo(
    ctx: typer.Context,
    folder: Path | None = typer.Option(None, "--dir", help="opt_demo_dir"),
    no_open: bool = typer.Option(False, "--no-open", help="opt_no_open"),
    records: int = typer.Option(60, "--records", help="opt_records"),
) -> None:
    from grouptui.demo import DEMO_GROUP, build_demo
    from grouptui.store.book import default_book_name
    from grouptui.store.config import data_dir

    state: State = ctx.obj
    if not 0 <= records <= 100_000:
        raise UserError("demo_bad_records")
    today = clock()().date()
    year = today.year
    group = DEMO_GROUP
    target = folder if folder is not None else data_dir() / "demo"
    if target.exists() and not target.is_dir():
        raise UserError("book_is_dir", path=target)
    target.mkdir(parents=True, exist_ok=True)
    path = target / default_book_name(group, year)
    # The demo's year is this year, kept up to today: nothing recorded in the future.
    build_demo(path, year=year, records=records, group=group, until=today)
    # Only opening the demo makes it the remembered book (the app remembers what it
    # opens): `demo --no-open` must leave the officer's own book the default.
    echo(t("demo_done", path=path))
    if not no_open:
        from grouptui.cli.tui import open_tui

        state.book = path
        open_tui(state)
