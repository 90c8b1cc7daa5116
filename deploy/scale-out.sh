#!/usr/bin/env bash
# Production's layout on one machine: two app servers (gunicorn, DEBUG off) behind Debian's
# nginx on loopback, sharing PostgreSQL, Redis (cache, page cache, rate limits) and the media
# folders. Then it shows what matters about that: a page that a moderator approves through
# one app server is fresh on the other and through nginx at once, though both had it cached.
#
#   deploy/scale-out.sh            run, show, stop
#   KEEP=1 deploy/scale-out.sh     keep it running at http://127.0.0.1:8100/ until Ctrl-C
#
# Needs: `make install`, nginx (apt-get install nginx), PostgreSQL and Redis as in `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8100}
RUN=$(mktemp -d /tmp/klimaallianz-scale.XXXXXX)
export DATABASE_URL=${SCALE_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/klimaallianz_scale}
export CACHE_URL=${SCALE_CACHE_URL:-redis://127.0.0.1:6379/14}
export DEBUG=false SECURE=false BEHIND_PROXY=true
export SECRET_KEY=${SECRET_KEY:-scale-out-demonstration-key-not-for-a-real-site-0123456789}
export ALLOWED_HOSTS=127.0.0.1,localhost
export BASE_URL=http://127.0.0.1:$PORT
export MEDIA_ROOT=$RUN/media DOCUMENTS_ROOT=$RUN/private STATIC_ROOT=$RUN/static
PY=.venv/bin/python
APP1=$((PORT + 1))
APP2=$((PORT + 2))

stop() {
    for n in 1 2; do
        [ -f "$RUN/app$n.pid" ] && kill "$(cat "$RUN/app$n.pid")" 2>/dev/null || true
    done
    [ -f "$RUN/nginx.pid" ] && nginx -c "$RUN/nginx.conf" -p "$RUN" -s stop 2>/dev/null || true
}
trap stop EXIT

echo "Database, demo content and static files ($DATABASE_URL)"
$PY manage.py create_database
$PY manage.py migrate --no-input -v 0
$PY manage.py load_demo >/dev/null
$PY manage.py collectstatic --no-input -v 0

echo "Two app servers on 127.0.0.1:$APP1 and :$APP2"
for n in 1 2; do
    .venv/bin/gunicorn klimaallianz.wsgi -w 2 -b "127.0.0.1:$((PORT + n))" \
        --pid "$RUN/app$n.pid" --daemon --error-logfile "$RUN/app$n.log"
done

echo "nginx in front on 127.0.0.1:$PORT"
mkdir -p "$RUN/tmp"
cat >"$RUN/nginx.conf" <<NGINX
worker_processes 2;
pid $RUN/nginx.pid;
error_log $RUN/nginx-error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log $RUN/nginx-access.log;
    client_body_temp_path $RUN/tmp; proxy_temp_path $RUN/tmp; fastcgi_temp_path $RUN/tmp;
    uwsgi_temp_path $RUN/tmp; scgi_temp_path $RUN/tmp;
    # HTML, CSS, feeds and sitemaps compressed here, not by the app servers.
    gzip on;
    gzip_proxied any;
    gzip_types text/css application/javascript application/xml application/rss+xml
               application/atom+xml application/opensearchdescription+xml image/svg+xml;
    upstream klimaallianz {
        server 127.0.0.1:$APP1;
        server 127.0.0.1:$APP2;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$PORT;
        client_max_body_size 26m;
        location /static/ {
            alias $RUN/static/;
            add_header Cache-Control "public, max-age=31536000, immutable";
        }
        location /media/ {
            alias $RUN/media/;
            add_header X-Content-Type-Options nosniff always;
            add_header Content-Security-Policy "default-src 'none'; sandbox" always;
            add_header Cache-Control "public, max-age=86400" always;
        }
        location / {
            proxy_pass http://klimaallianz;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
NGINX
nginx -c "$RUN/nginx.conf" -p "$RUN"
for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.2; done

PAGE=/wer-sind-wir/
show() {  # the title and the page cache's answer of $PAGE through each door
    for door in "app server 1|$APP1" "app server 2|$APP2" "nginx|$PORT"; do
        name=${door%|*}
        headers=$(curl -fs -D - -o "$RUN/page.html" "http://127.0.0.1:${door#*|}$PAGE")
        title=$(grep -o '<h1[^>]*>[^<]*' "$RUN/page.html" | sed 's/<h1[^>]*>//')
        cache=$(printf '%s' "$headers" | tr -d '\r' | sed -n 's/^X-Page-Cache: //Ip')
        printf '  %-13s %-28s page cache: %s\n' "$name" "$title" "${cache:-not stored}"
    done
}

echo "Readers ask for $PAGE twice through every door (the second answer comes from the cache):"
show >/dev/null
show

echo "An editor changes the title and submits it; a moderator approves it through app server 1."
PASSWORD=$($PY -c "import secrets; print(secrets.token_urlsafe(16))")
read -r PAGE_ID TASK_STATE <<<"$($PY manage.py shell -c "
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from home.models import ContentPage
page = ContentPage.objects.get(url_path__endswith='$PAGE', locale__language_code='de')
moderator, _ = get_user_model().objects.get_or_create(username='scale-moderator')
moderator.set_password('$PASSWORD'); moderator.save()
moderator.groups.add(Group.objects.get(name='Moderation'))
import time; page.title = 'Wer wir sind (freigegeben um ' + time.strftime('%H:%M:%S') + ')'
page.save_revision(user=moderator)
state = page.get_workflow().start(page, moderator)
print(page.pk, state.current_task_state.pk)
" | tail -n 1)"
jar="$RUN/cookies"
login="http://127.0.0.1:$APP1/admin/login/"
token=$(curl -fs -c "$jar" "$login" | grep -o 'name="csrfmiddlewaretoken" value="[^"]*' | sed 's/.*value="//')
curl -fs -b "$jar" -c "$jar" -o /dev/null -e "$login" \
    --data-urlencode "csrfmiddlewaretoken=$token" --data-urlencode "username=scale-moderator" \
    --data-urlencode "password=$PASSWORD" "$login"
csrf=$(sed -n 's/.*csrftoken\t//p' "$jar")
curl -fs -b "$jar" -o /dev/null -e "http://127.0.0.1:$APP1/admin/" \
    --data-urlencode "csrfmiddlewaretoken=$csrf" \
    "http://127.0.0.1:$APP1/admin/pages/workflow/action/$PAGE_ID/approve/$TASK_STATE/"

echo "Right after the approval:"
show

if [ "${KEEP:-}" = 1 ]; then
    echo "Running at http://127.0.0.1:$PORT/ (logs in $RUN); Ctrl-C stops it."
    sleep infinity
fi
