"""``POST /tools/parse-curl`` on commands as Chrome and Firefox copy them (bash and cmd)."""

# ruff: noqa: E501  (the commands are kept exactly as browsers write them, long lines and all)

from __future__ import annotations

import httpx
import pytest

QUESTION = "星河科技最新的市盈率是多少"
BODY = {
    "robot_id": "fin-bot",
    "user_input": QUESTION,
    "chatId": "1718000000123",
    "incremental": False,
}

# Chrome 124, "Copy as cURL (bash)".
CHROME_BASH = r"""curl 'https://chatbi.example.com/brain/faq/session/ask' \
  -H 'accept: text/event-stream' \
  -H 'accept-language: zh-CN,zh;q=0.9,en;q=0.8' \
  -H 'authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0ZXIifQ.c2lnbmF0dXJl' \
  -H 'content-type: application/json' \
  -H 'cookie: SESSION=YTk4ZjJlNjQ; lang=zh-CN' \
  -H 'origin: https://chatbi.example.com' \
  -H 'priority: u=1, i' \
  -H 'referer: https://chatbi.example.com/chat?robot=fin-bot' \
  -H 'sec-ch-ua: "Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-ch-ua-platform: "Windows"' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-origin' \
  -H 'user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36' \
  --data-raw '{"robot_id":"fin-bot","user_input":"星河科技最新的市盈率是多少","chatId":"1718000000123","incremental":false}'"""

# Chrome 124, "Copy as cURL (cmd)": every unsafe character ^-escaped, quotes as ^\^".
CHROME_CMD = (
    'curl ^"https://chatbi.example.com/brain/faq/session/ask^" ^\r\n'
    '  -H ^"accept: text/event-stream^" ^\r\n'
    '  -H ^"accept-language: zh-CN,zh;q=0.9,en;q=0.8^" ^\r\n'
    '  -H ^"authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0ZXIifQ.c2lnbmF0dXJl^" ^\r\n'
    '  -H ^"content-type: application/json^" ^\r\n'
    '  -H ^"cookie: SESSION=YTk4ZjJlNjQ; lang=zh-CN^" ^\r\n'
    '  -H ^"sec-ch-ua: ^\\^"Chromium^\\^";v=^\\^"124^\\^", ^\\^"Google Chrome^\\^";v=^\\^"124^\\^"^" ^\r\n'
    '  -H ^"sec-fetch-mode: cors^" ^\r\n'
    '  --data-raw ^"^{^\\^"robot_id^\\^":^\\^"fin-bot^\\^",^\\^"user_input^\\^":^\\^"'
    "^星^河^科^技^最^新^的^市^盈^率^是^多^少"
    '^\\^",^\\^"chatId^\\^":^\\^"1718000000123^\\^",^\\^"incremental^\\^":false^}^" ^\r\n'
    "  --compressed"
)

# Firefox 125, "Copy as cURL (POSIX)": one line, non-ASCII as \u escapes in $'...'.
FIREFOX_BASH = (
    "curl 'https://chatbi.example.com/brain/faq/session/ask' --compressed -X POST "
    "-H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0' "
    "-H 'Accept: text/event-stream' -H 'Accept-Language: zh-CN,zh;q=0.8,en-US;q=0.5,en;q=0.3' "
    "-H 'Accept-Encoding: gzip, deflate, br' "
    "-H 'Referer: https://chatbi.example.com/chat?robot=fin-bot' "
    "-H 'Content-Type: application/json' "
    "-H 'X-Access-Token: 7f3c9a1e5b2d4c68' "
    "-H 'Origin: https://chatbi.example.com' -H 'Connection: keep-alive' "
    "-H 'Cookie: SESSION=YTk4ZjJlNjQ; lang=zh-CN' -H 'Sec-Fetch-Dest: empty' "
    "-H 'Sec-Fetch-Mode: cors' -H 'Sec-Fetch-Site: same-origin' -H 'Pragma: no-cache' "
    "-H 'Cache-Control: no-cache' "
    '--data-raw $\'{"robot_id":"fin-bot","user_input":"'
    r"\u661f\u6cb3\u79d1\u6280\u6700\u65b0\u7684\u5e02\u76c8\u7387\u662f\u591a\u5c11"
    '","chatId":"1718000000123","incremental":false}\''
)

# Firefox 125, "Copy as cURL (Windows)": one line, curl.exe, the same ^ escaping.
FIREFOX_CMD = (
    'curl.exe ^"https://chatbi.example.com/brain/faq/session/ask^" --compressed -X POST '
    '-H ^"Accept: text/event-stream^" -H ^"Content-Type: application/json^" '
    '-H ^"X-Access-Token: 7f3c9a1e5b2d4c68^" -H ^"Connection: keep-alive^" '
    '--data-raw ^"^{^\\^"robot_id^\\^":^\\^"fin-bot^\\^",^\\^"user_input^\\^":^\\^"'
    "^星^河^科^技^最^新^的^市^盈^率^是^多^少"
    '^\\^",^\\^"chatId^\\^":^\\^"1718000000123^\\^",^\\^"incremental^\\^":false^}^"'
)


async def _parse(client: httpx.AsyncClient, command: str, **extra: object) -> httpx.Response:
    return await client.post(
        "/tools/parse-curl",
        json={"curl_command": command, **extra},
        headers={"Accept-Language": "en"},
    )


@pytest.mark.parametrize(
    ("command", "shell", "auth"),
    [
        (
            CHROME_BASH,
            "bash",
            ("bearer", {"token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0ZXIifQ.c2lnbmF0dXJl"}),
        ),
        (
            CHROME_CMD,
            "cmd",
            ("bearer", {"token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0ZXIifQ.c2lnbmF0dXJl"}),
        ),
        (
            FIREFOX_BASH,
            "bash",
            ("header", {"token": "7f3c9a1e5b2d4c68", "header": "X-Access-Token"}),
        ),
        (FIREFOX_CMD, "cmd", ("header", {"token": "7f3c9a1e5b2d4c68", "header": "X-Access-Token"})),
    ],
    ids=["chrome-bash", "chrome-cmd", "firefox-bash", "firefox-cmd"],
)
async def test_browser_commands(
    root_client: httpx.AsyncClient, command: str, shell: str, auth: tuple[str, dict]
) -> None:
    response = await _parse(root_client, command)
    assert response.status_code == 200, response.text
    parsed = response.json()
    assert parsed["shell"] == shell
    assert parsed["method"] == "POST"
    assert parsed["url"] == "https://chatbi.example.com/brain/faq/session/ask"
    assert parsed["body"] == BODY
    headers = {k.lower(): v for k, v in parsed["headers"].items()}
    assert headers["accept"] == "text/event-stream"
    assert headers["content-type"] == "application/json"

    target = parsed["target"]
    assert target["base_url"] == "https://chatbi.example.com"
    assert target["endpoint"] == "/brain/faq/session/ask"
    assert target["method"] == "POST"
    assert target["body_template"] == {
        "robot_id": "fin-bot",
        "user_input": "{question}",
        "chatId": "{chat_id}",
        "incremental": False,
    }
    assert (target["auth_type"], target["auth_config"]) == auth
    assert target["response_mode"] == "sse"
    kept = {k.lower() for k in target["headers"]}
    # The token moved to auth_config; what the HTTP client or only a browser sends is gone.
    assert not kept & {"authorization", "x-access-token", "accept-encoding", "connection"}
    assert not any(k.startswith("sec-") for k in kept)
    # The proposal is a valid target as it stands.
    created = await root_client.post("/templates", json=target)
    assert created.status_code == 201, created.text


async def test_sample_question_anywhere_in_the_body(root_client: httpx.AsyncClient) -> None:
    command = (
        "curl 'http://10.0.0.8:9000/v1/chat' -H 'Content-Type: application/json' "
        '--data-raw \'{"messages":[{"role":"user","text":"问: 云帆电子的净利润"}],'
        '"conversation_id":42}\''
    )
    response = await _parse(root_client, command, sample_question="云帆电子的净利润")
    assert response.status_code == 200, response.text
    target = response.json()["target"]
    assert target["body_template"] == {
        "messages": [{"role": "user", "text": "问: {question}"}],
        "conversation_id": "{chat_id}",
    }
    assert response.json()["warnings"] == []


async def test_get_request_moves_the_query_into_the_body(root_client: httpx.AsyncClient) -> None:
    command = (
        "curl 'http://bot.local/ask?q=%E4%BD%A0%E5%A5%BD&session_id=9' -H 'Authorization: abc'"
    )
    response = await _parse(root_client, command)
    assert response.status_code == 200, response.text
    parsed = response.json()
    assert parsed["method"] == "GET" and parsed["body"] is None
    target = parsed["target"]
    assert (target["method"], target["endpoint"]) == ("GET", "/ask")
    assert target["body_template"] == {"q": "{question}", "session_id": "{chat_id}"}
    assert (target["auth_type"], target["auth_config"]) == ("raw", {"token": "abc"})


async def test_bash_quoting_details(root_client: httpx.AsyncClient) -> None:
    # Chrome switches to $'...' when the body has a ! or a quote; \u0021 is the !.
    command = (
        "curl 'https://x.example/ask' -H $'x-note: it\\'s' "
        '--data-raw $\'{"user_input":"你好\\u0021","chatId":1}\' --compressed'
    )
    response = await _parse(root_client, command)
    assert response.status_code == 200, response.text
    assert response.json()["body"] == {"user_input": "你好!", "chatId": 1}
    assert response.json()["headers"] == {"x-note": "it's"}


@pytest.mark.parametrize(
    ("command", "needle"),
    [
        ("wget https://x.example", "must start with curl"),
        ("curl 'https://x.example -H 'a: b'", "unclosed"),
        ('curl ^"https://x.example^" -H "a: b', "unclosed"),
        ("curl -H 'a: b'", "no URL"),
        ("curl https://x.example -H", "needs a value"),
        ("curl https://x.example --frobnicate", "unsupported option: --frobnicate"),
        ("curl https://x.example -H 'no colon'", "invalid header"),
        ("curl file:///etc/passwd", "not an http(s) URL"),
        ("curl https://x.example -d @body.json", "cannot read a file"),
        ("curl https://x.example/a https://x.example/b", "unexpected argument"),
    ],
)
async def test_bad_commands_say_what_could_not_be_parsed(
    root_client: httpx.AsyncClient, command: str, needle: str
) -> None:
    response = await _parse(root_client, command)
    assert response.status_code == 400, response.text
    assert needle in response.json()["detail"]
    chinese = await root_client.post("/tools/parse-curl", json={"curl_command": command})
    assert chinese.status_code == 400 and "无法解析 curl 命令" in chinese.json()["detail"]


async def test_oversized_and_empty_input(root_client: httpx.AsyncClient) -> None:
    assert (await _parse(root_client, "")).status_code == 422
    huge = "curl https://x.example -d '" + "a" * 300_000 + "'"
    assert (await _parse(root_client, huge)).status_code == 422


async def test_chrome_cmd_percent_escapes(root_client: httpx.AsyncClient) -> None:
    # Chrome writes % as ^% and puts ^ after it when a letter or digit follows (%^E4).
    command = (
        'curl ^"http://bot.local:8080/api/ask?q=^%^E4^%^BD^%^A0^%^E5^%^A5^%^BD^&sid=7^" ^\r\n'
        '  -H ^"Accept: application/json^" ^\r\n'
        "  --compressed"
    )
    response = await _parse(root_client, command)
    assert response.status_code == 200, response.text
    parsed = response.json()
    assert parsed["shell"] == "cmd"
    assert parsed["url"] == "http://bot.local:8080/api/ask?q=%E4%BD%A0%E5%A5%BD&sid=7"
    assert parsed["target"]["body_template"] == {"q": "{question}", "sid": "{chat_id}"}
    assert parsed["target"]["response_mode"] == "json"


async def test_braces_in_the_copied_body(root_client: httpx.AsyncClient) -> None:
    # JSON inside a string stays as it is; a {name} that is no placeholder loses its braces.
    body = '{"query":"问: 净利润","ext":"{\\"k\\": 1}","tpl":"hi {user}","chat_id":"9"}'
    response = await _parse(root_client, f"curl 'http://b.local/ask' --data-raw '{body}'")
    assert response.status_code == 200, response.text
    target = response.json()["target"]
    assert target["body_template"] == {
        "query": "{question}",
        "ext": '{"k": 1}',
        "tpl": "hi user",
        "chat_id": "{chat_id}",
    }
    assert any("{user}" in w for w in response.json()["warnings"])
    assert (await root_client.post("/templates", json=target)).status_code == 201
