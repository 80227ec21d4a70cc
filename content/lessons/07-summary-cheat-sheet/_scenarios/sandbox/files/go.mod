module example.com/myapp

go %%go.current%%
