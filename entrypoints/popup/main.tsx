import { render } from 'preact';
import { PopupPanel } from '../../components/popup-panel';

render(<PopupPanel />, document.getElementById('app')!);
