// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

struct lua_State;
struct lua_Debug;

namespace bc25::recipe {

// One Lua 5.4 interpreter for one recipe, sandboxed: only what cannot reach
// the machine (the base functions without load, dofile, loadfile,
// collectgarbage and print; string, table, math, utf8), text chunks only (no
// bytecode), memory bounded by its allocator, and an instruction budget
// between two waits, so that an endless loop stops the run instead of
// freezing the event loop. The recipe runs in one coroutine, thread(); the
// RecipeRunner resumes it when what it waits for has arrived.
//
// Lua reports errors and yields with longjmp: a C function that may raise or
// yield must not have C++ objects with destructors alive at that moment
// (recipeapi.cpp keeps them in an inner call).
class LuaSandbox final
{
    Q_DISABLE_COPY_MOVE(LuaSandbox)
public:
    static constexpr qint64 DefaultMemoryLimit = qint64(64) << 20;
    // About 0.1-0.3 s of plain Lua on this project's CI machine.
    static constexpr qint64 DefaultInstructionBudget = 20'000'000;
    static constexpr int HookInterval = 1000; // instructions between two budget checks

    enum class Status : quint8 {
        Yielded,   // waiting (or stopped: the runner never resumes it)
        Finished,  // the recipe ran to its end
        Failed,    // a Lua error; errorMessage() says which, with its line
    };

    explicit LuaSandbox(qint64 memoryLimit = DefaultMemoryLimit);
    ~LuaSandbox();

    // False when even the empty interpreter did not fit in the memory limit.
    [[nodiscard]] bool isValid() const { return m_thread != nullptr; }
    [[nodiscard]] lua_State *state() const { return m_state; }
    [[nodiscard]] lua_State *thread() const { return m_thread; }

    // Compiles a recipe as the coroutine's body; nothing runs yet. Returns the
    // error as Lua words it ("name.lua:3: unexpected symbol near 'x'"), or nothing.
    QString load(const QByteArray &text, const QString &chunkName);
    // Runs the coroutine until it waits, ends or fails; `arguments` values
    // pushed on thread() become the results of the call it waits in.
    Status resume(int arguments);
    [[nodiscard]] QString errorMessage() const { return m_error; }
    // The recipe's call stack at the error, or where it waits now: "line 12 in function 'open'".
    [[nodiscard]] QString traceback() const { return m_traceback; }

    // The recipe line running now (or where the coroutine waits), -1 if none.
    [[nodiscard]] int currentLine() const;
    [[nodiscard]] static int currentLine(lua_State *L, const QByteArray &chunkName);

    void setInstructionBudget(qint64 instructions) { m_budget = instructions; }
    [[nodiscard]] bool budgetExceeded() const { return m_budgetExceeded; }
    // Makes the coroutine yield at its next budget check, never to be resumed.
    void requestStop() { m_stopRequested = true; }
    [[nodiscard]] bool stopRequested() const { return m_stopRequested; }

    // Whoever serves the recipe's API (the runner): found again from a lua_State.
    void setHost(void *host) { m_host = host; }
    [[nodiscard]] static LuaSandbox *of(lua_State *L);
    [[nodiscard]] void *host() const { return m_host; }
    [[nodiscard]] const QByteArray &chunkName() const { return m_chunkName; }

private:
    static void *allocate(void *self, void *block, size_t oldSize, size_t newSize);
    static void countHook(lua_State *L, lua_Debug *event);
    static int openLibraries(lua_State *L);

    lua_State *m_state = nullptr;
    lua_State *m_thread = nullptr;
    qint64 m_memory = 0;
    qint64 m_memoryLimit;
    qint64 m_budget = DefaultInstructionBudget;
    qint64 m_used = 0;            // instructions since the last resume
    bool m_budgetExceeded = false;
    bool m_stopRequested = false;
    void *m_host = nullptr;
    QByteArray m_chunkName;       // "@name.lua"
    QString m_error;
    QString m_traceback;
};

} // namespace bc25::recipe
