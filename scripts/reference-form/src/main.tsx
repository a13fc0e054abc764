// The reference: a 7-page, 42-question form (react, react-hook-form, zod, zustand), jsPDF via import() on click.
import { zodResolver } from '@hookform/resolvers/zod';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { create } from 'zustand';

const PAGES = Array.from({ length: 7 }, (_, p) => Array.from({ length: 6 }, (_, q) => `p${p}q${q}`));
const schema = (names: string[]) => z.object(Object.fromEntries(names.map((n) => [n, z.string().min(1, 'Required').max(500)])));
const useAnswers = create<{ answers: Record<string, string>; save: (a: Record<string, string>) => void }>((set) => ({
  answers: {}, save: (a) => set((s) => ({ answers: { ...s.answers, ...a } })),
}));

function Page({ index, onNext }: { index: number; onNext: () => void }) {
  const names = PAGES[index]!;
  const { register, handleSubmit, formState: { errors } } = useForm({ resolver: zodResolver(schema(names)) });
  const save = useAnswers((s) => s.save);
  return (
    <form onSubmit={handleSubmit((v) => { save(v as Record<string, string>); onNext(); })}>
      <h1>Page {index + 1}</h1>
      {names.map((n, i) => (
        <p key={n}><label htmlFor={n}>{i === 0 && index === 0 ? 'Name of your school or district' : `Question ${n}`}</label>
          <input id={n} {...register(n)} />{errors[n] ? <span>{String(errors[n]?.message)}</span> : null}</p>
      ))}
      <button type="submit">Continue</button>
      <button type="button" onClick={async () => { const { jsPDF } = await import('jspdf'); const d = new jsPDF(); d.text('x', 10, 10); d.save('x.pdf'); }}>Export PDF</button>
    </form>
  );
}
function App() { const [i, setI] = useState(0); return <Page key={i} index={i} onNext={() => setI((x) => Math.min(6, x + 1))} />; }
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
