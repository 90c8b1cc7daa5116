import datetime

from django_tasks import task

from wagtail.contrib.search_promotions.models import Query


@task()
def count_search(query_string, day):
    """One more search for these words on `day` (ISO date), for the search terms report.
    Outside the request: searches for the same words would otherwise wait in turn for the
    lock on that day's row, and the reader would wait for the counting."""
    Query.get(query_string).add_hit(date=datetime.date.fromisoformat(day))
