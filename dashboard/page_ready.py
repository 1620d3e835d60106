"""Draw the map first: the browser says when the map is up, and the heavy elements follow.

On a cold browser the timeline chart and the tables bring megabytes of script (Vega, the data
grid) that would be fetched and compiled before the map's own. So the first run of a session
draws the map, the slider, the filters and the reading panel; the map's page posts a message
when its markers are on screen (:data:`MAP_DRAWN_JS`, added by ``map_view.build_map``), a small
listener in the app page turns it into component state, and that rerun adds the chart and the
tables. If no message comes (a script error, a blocked frame), a timer adds them anyway.
"""

from __future__ import annotations

import streamlit as st

MESSAGE = "marsad:map-drawn"
FALLBACK_MS = 4000

#: run inside the map's frame once its markers are added
MAP_DRAWN_JS = f"window.marsadMapDrawn = true; window.parent.postMessage('{MESSAGE}', '*');"

_LISTENER_JS = """
export default function (component) {
    const { setStateValue } = component;
    let done = false;
    const finish = () => {
        if (!done) { done = true; setStateValue("drawn", true); }
    };
    // the map may have been drawn before this listener was mounted
    const already = () => Array.from(document.querySelectorAll("iframe")).some((frame) => {
        try { return Boolean(frame.contentWindow && frame.contentWindow.marsadMapDrawn); }
        catch (e) { return false; }
    });
    const onMessage = (event) => { if (event.data === "__MESSAGE__") finish(); };
    window.addEventListener("message", onMessage);
    if (already()) finish();
    const timer = setTimeout(finish, __FALLBACK__);
    return () => { window.removeEventListener("message", onMessage); clearTimeout(timer); };
}
""".replace("__MESSAGE__", MESSAGE).replace("__FALLBACK__", str(FALLBACK_MS))

KEY = "map_drawn"


@st.cache_resource
def _listener():
    return st.components.v2.component("marsad_map_drawn", js=_LISTENER_JS)


def map_drawn() -> bool:
    """Mount the listener (in the current container) and say whether the browser has reported
    the map drawn in this session."""
    result = _listener()(key=KEY, on_drawn_change=lambda: None, default={"drawn": False})
    return bool(result.drawn)
