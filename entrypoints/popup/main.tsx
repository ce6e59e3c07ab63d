import { render } from 'preact';
import '../../components/shared/extension-pages.css';
import { PopupApp } from '../../components/popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
