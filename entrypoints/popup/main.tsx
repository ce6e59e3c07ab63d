import '../../components/shared/extension-pages.css';
import { startFirstScan } from '../../lib/extension/browser/popup-first-scan';

// The check is asked for first; the interface, most of this page's script, loads meanwhile.
startFirstScan();
void import('../../components/popup/mount-popup').then(({ mountPopup }) => mountPopup(document.getElementById('app')!));
