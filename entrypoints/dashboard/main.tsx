import { createRoot } from 'react-dom/client';
import { App } from './App';
import '@/components/shared.css';
import './style.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
