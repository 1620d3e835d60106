"""Marsad's Streamlit dashboard and the browser-free helpers it is built from."""
