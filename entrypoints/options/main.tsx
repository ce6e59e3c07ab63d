import { render } from 'preact';
import '../../components/shared/extension-pages.css';
import { OptionsApp } from '../../components/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
