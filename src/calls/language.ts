// Which of the three syntaxes a VS Code language id is read with.

export type Syntax = 'python' | 'js' | 'julia';

export function syntaxOf(languageId: string): Syntax | undefined {
  switch (languageId) {
    case 'python': case 'jupyter': case 'ipython':
      return 'python';
    case 'javascript': case 'typescript': case 'javascriptreact': case 'typescriptreact':
      return 'js';
    case 'julia':
      return 'julia';
    default:
      return undefined;
  }
}
