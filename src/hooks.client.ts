// The site's one stylesheet belongs to the entry, so that no page's script has to load it.
import './app.css';
