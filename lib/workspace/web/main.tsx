import { render } from 'preact';
import '../../../components/shared/extension-pages.css';
import '../../../components/workspace/workspace.css';
import { WorkspaceApp } from '../../../components/workspace/WorkspaceApp';

render(<WorkspaceApp />, document.getElementById('app')!);
